export type * from './ast';
export { parseMarkdown, inlineText } from './parse';
export { parseInline, SAFE_HREF } from './inline';
export { renderMarkdown, renderInlineMarkdown, type MarkdownOptions } from './render';
