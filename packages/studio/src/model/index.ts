export { openDocument } from './document';
export { assemble, mountOf, type Assembly, type Mount } from './assemble';
export { STUDIO_CODES, StudioEditError } from './errors';
export type { Edit, FileChange, Location, StudioDocument, StudioFile, WorkspaceSnapshot } from './types';
