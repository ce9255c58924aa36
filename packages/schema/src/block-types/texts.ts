import type { BlockTexts } from './type';

/**
 * Studio's texts of the block types that keep them beside their schema definition: the one
 * registry Studio's forms and "add" menus read them from, besides Studio's own field texts.
 */
export const BLOCK_TEXTS: readonly BlockTexts[] = [];
