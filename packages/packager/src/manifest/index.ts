import type { TargetId } from '../targets';
import { cmi5Manifest } from './cmi5';
import type { ManifestInput } from './common';
import { scorm12Manifest } from './scorm12';
import { scorm2004Manifest } from './scorm2004';
import { tincanManifest } from './tincan';

export { scorm12Manifest } from './scorm12';
export { scorm2004Manifest, SCORM2004_EDITIONS } from './scorm2004';
export type { Scorm2004Edition } from './scorm2004';
export { cmi5Manifest } from './cmi5';
export { tincanManifest } from './tincan';
export { textIn, translations, hrefOf, xmlId, masteryFraction, activityBase } from './common';
export type { ManifestInput } from './common';

/**
 * The manifest text of a target, or null for the web target (which has none).
 *
 * @example
 * manifestFor('cmi5', { course, files, launch: 'index.html' }); // '<?xml …><courseStructure …'
 */
export function manifestFor(target: TargetId, input: ManifestInput): string | null {
  switch (target) {
    case 'scorm12':
      return scorm12Manifest(input);
    case 'scorm2004-3':
      return scorm2004Manifest(input, 3);
    case 'scorm2004-4':
      return scorm2004Manifest(input, 4);
    case 'cmi5':
      return cmi5Manifest(input);
    case 'xapi':
      return tincanManifest(input);
    case 'web':
      return null;
  }
}
