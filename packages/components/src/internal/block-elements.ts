import type { BlockType } from '@coursekit/schema';

/** How the element of a content block type is named and loaded. */
export interface BlockElement {
  tag: string;
  load: () => Promise<unknown>;
}

/**
 * Content block types whose element takes the block as the course has it: the one registry of
 * block elements. The player creates the element the first time a page shows such a block (its
 * definition loads on demand, as every element's does: lazy-elements.ts) and sets on it `block`,
 * `course` (for what the block refers to, such as characters), `asset` (resolves a course asset
 * path to a URL), `lang` and the `fallback-lang` attribute (the course's default language, for
 * text not written in `lang`); the element localises and renders the rest itself, in its own
 * chunk. The other built-in types are rendered by `course-player/blocks.ts`.
 */
export const BLOCK_ELEMENTS: Readonly<Partial<Record<BlockType, BlockElement>>> = {
  dialogue: { tag: 'ck-dialogue', load: () => import('../dialogue/dialogue') },
};
