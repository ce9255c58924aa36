import { CODES } from '../../validate/codes';
import { num, records, str, type Rule } from '../../validate/rules/rule';

/**
 * Every hotspot area lies inside its image: `x + width` and `y + height` are at most 100 (percent),
 * so no part of an area a learner must find is drawn off the picture.
 */
export const hotspots: Rule = {
  name: 'hotspots',
  run({ index, report }) {
    for (const area of records(index, 'HotspotArea')) {
      const id = str(area.value, 'id') ?? '?';
      for (const [start, size, side] of [['x', 'width', 'right'], ['y', 'height', 'bottom']] as const) {
        const from = num(area.value, start);
        const extent = num(area.value, size);
        if (from === undefined || extent === undefined || from + extent <= 100) continue;
        report({
          code: CODES.areaOutsideImage,
          pointer: `${area.pointer}/${size}`,
          message: `hotspot area "${id}" runs past the ${side} edge of the image: ${start} ${from} + ${size} ${extent} = ${from + extent}%, more than 100%`,
          hint: `make ${size} at most ${100 - from}, or move the area`,
        });
      }
    }
  },
};
