import type { BlockType } from '@coursekit/schema';

/** How the element of a content block type is named and loaded. */
export interface BlockElement {
  tag: string;
  load: () => Promise<unknown>;
}

/**
 * Content block types whose element lives in the type's own folder: the one registry of block
 * elements. The player creates the element the first time a page shows such a block, loads its
 * definition on demand, and sets on it `block` (the block as the course has it), `asset` (resolves
 * a course asset path to a URL), `lang` and the `fallback-lang` attribute (the course's default
 * language, for text not written in `lang`); the element renders the rest itself. The built-in
 * types are rendered by `course-player/blocks.ts`.
 */
export const BLOCK_ELEMENTS: Readonly<Partial<Record<BlockType, BlockElement>>> = {};
