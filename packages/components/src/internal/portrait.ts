import { css, html, nothing, svg, type TemplateResult } from 'lit';
import type { Character, DialogueLine } from '@coursekit/schema';

/** A dialogue line's mood. */
export type Mood = NonNullable<DialogueLine['mood']>;

/** What a portrait shows for one line: the picture (if any), its text alternative, and whether to draw the mood sign. */
export interface Portrait {
  src?: string | undefined;
  /** The text alternative, the mood included: the expression's own alt, or the avatar's and the mood word. */
  alt: string;
  /** Draw the small mood sign on the picture: the mood has no portrait of its own. */
  sign: Mood | null;
}

/**
 * The portrait of a character for a line spoken in `mood`: the expression the course gives for
 * that mood, else the avatar with a drawn sign of the mood. The mood is in the text alternative
 * either way (the expression's alt, or "Bu Sari …, senang"), never printed beside the name.
 *
 * @example
 * portrait(sari, 'happy', text, asset, { happy: 'senang' }); // { src: 'assets/sari-happy.svg', alt: 'Bu Sari tersenyum', sign: null }
 */
export function portrait(
  character: Pick<Character, 'avatar' | 'expressions'> | undefined,
  mood: Mood | undefined,
  text: (value: Character['name']) => string,
  asset: (path: string) => string,
  moodWords: Record<Mood, string>,
  name: string,
): Portrait {
  const shown = mood && mood !== 'neutral' ? mood : null;
  const expression = mood ? character?.expressions?.[mood] : undefined;
  if (expression) return { src: asset(expression.src), alt: text(expression.alt), sign: null };
  const base = character?.avatar ? text(character.avatar.alt) : name;
  return { src: character?.avatar ? asset(character.avatar.src) : undefined, alt: shown ? `${base}, ${moodWords[shown]}` : base, sign: shown };
}

// Each mood's face: brows and mouth on a 20×20 disc, drawn in the text colour.
const FACES: Record<Exclude<Mood, 'neutral'>, string> = {
  happy: 'M6 11.5q4 4 8 0',
  worried: 'M6.5 14q1.75-1.5 3.5 0t3.5 0M6 6.5l3 -1M14 6.5l-3 -1',
  angry: 'M6.5 13.5h7M5.5 5.5l3.5 2M14.5 5.5l-3.5 2',
  sad: 'M6.5 14q3.5-3.5 7 0',
  surprised: 'M6 5.5q1.5-1.5 3 0M11 5.5q1.5-1.5 3 0',
};

/**
 * The mood sign drawn on a portrait without an expression of its own: a small face, hidden from
 * assistive technology (the mood is in the portrait's alt).
 *
 * @example
 * html`<span class="portrait">${img}${moodSign('happy')}</span>`
 */
export function moodSign(mood: Mood | null): TemplateResult | typeof nothing {
  if (!mood || mood === 'neutral') return nothing;
  return html`<svg class="mood-sign" data-mood=${mood} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <circle cx="10" cy="10" r="9.25" />
    <circle class="eye" cx="7.25" cy="8.5" r="1.1" /><circle class="eye" cx="12.75" cy="8.5" r="1.1" />
    ${mood === 'surprised' ? svg`<circle class="o" cx="10" cy="13.5" r="2" />` : nothing}
    <path d=${FACES[mood]} />
  </svg>`;
}

/** Styles of a portrait with a mood sign: `.portrait` wraps the picture and the sign. */
export const portraitStyles = css`
  .portrait {
    position: relative;
    display: inline-block;
    flex: none;
  }
  .mood-sign {
    position: absolute;
    inset-block-end: -0.2rem;
    inset-inline-end: -0.3rem;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: var(--ck-color-surface, #fff);
    stroke: var(--ck-color-text, #1b1b1b);
    stroke-width: 1.4;
    stroke-linecap: round;
  }
  .mood-sign .eye {
    fill: var(--ck-color-text, #1b1b1b);
    stroke: none;
  }
  .mood-sign .o {
    fill: none;
  }
  .mood-sign path {
    fill: none;
  }
`;
