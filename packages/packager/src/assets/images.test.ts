import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureImages } from './images';

const dir = fileURLToPath(new URL('../../test/images/', import.meta.url));
const asset = (name: string, size: number, pointer: string) => ({ path: `assets/${name}`, source: path.join(dir, name), size, pointer });
const assets = [
  asset('kantor.jpg', 1648, '/modules/0/pages/0/blocks/1/src'),
  asset('diagram.png', 1717, '/modules/0/pages/1/blocks/0/src'),
  // An SVG has no intrinsic pixel size to reserve; the budget still applies to it.
  { path: 'assets/logo.svg', source: path.join(dir, 'kantor.jpg'), size: 900, pointer: '/theme/logo/src' },
];

describe('measureImages', () => {
  it('records the width and height of every raster image, read from the file', async () => {
    const { sizes, problems } = await measureImages(assets, { courseFile: 'course.json', budget: 200 * 1024 });
    expect(sizes).toEqual({ 'assets/kantor.jpg': [640, 360], 'assets/diagram.png': [300, 200] });
    expect(problems).toEqual([]);
  });

  it('warns (CK740) about each image over the budget, where it is referenced, with how to fix it', async () => {
    const { problems } = await measureImages(assets, { courseFile: 'course.json', budget: 1700 });
    expect(problems).toEqual([
      {
        code: 'CK740',
        severity: 'warning',
        message: 'image "assets/diagram.png" is 2 KB (1,717 bytes), over the image budget of 2 KB (1,700 bytes)',
        file: 'course.json',
        pointer: '/modules/0/pages/1/blocks/0/src',
        hint: 'build with --optimize-images to re-encode it, or resize it to the width it is shown at (at most 1600 pixels) and save it again; raise the budget with --image-budget <KB> if it must stay this large',
      },
    ]);
  });
});
