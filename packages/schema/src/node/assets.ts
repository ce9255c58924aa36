import { posix } from 'node:path';
import { CODES } from '../validate/codes';
import type { Issue } from '../validate/diagnostic';
import type { CourseIndex } from '../validate/walk';
import type { CourseFolder } from './files';

/**
 * Paths a package writes itself, in one target or another (@coursekit/packager's generatedPaths and
 * its player folder): an asset there would be replaced, or replace the launch page, in the zip.
 */
const PACKAGE_PATHS = new Set(['index.html', 'course.json', 'imsmanifest.xml', 'cmi5.xml', 'tincan.xml', 'sw.js']);
// Only a path with "." or ".." segments or doubled slashes needs normalising.
const UNNORMAL = /(^|\/)\.\.?(\/|$)|\/\//;
const isPackagePath = (value: string) => {
  const normal = UNNORMAL.test(value) ? posix.normalize(value) : value;
  return PACKAGE_PATHS.has(normal) || normal === 'player' || normal.startsWith('player/');
};

/**
 * Every file the course names (`AssetPath`: images, audio, video, captions, posters, logos) exists,
 * stays inside the course folder (no `..` out, no link out), is a regular file that can be read (a
 * build packs nothing else), is written in the file's own letter case, and has no other file beside
 * it that differs only in case (two such files become one when
 * the package is unzipped on Windows or macOS).
 *
 * @example assetIssues(indexCourse(course), new CourseFolder('/courses/ir'))
 */
export function assetIssues(index: CourseIndex, folder: CourseFolder): Issue[] {
  const issues: Issue[] = [];
  for (const typed of index.get('AssetPath') ?? []) {
    const value = typed.value;
    // Paths the schema already rejects (absolute, URLs, backslashes) are not looked up.
    if (typeof value !== 'string' || value === '' || value.startsWith('/') || value.includes('\\') || /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value)) continue;
    if (isPackagePath(value)) {
      issues.push({ code: CODES.assetPackagePath, pointer: typed.pointer, message: `"${value}" has the name of a file a package writes itself (index.html, course.json, the manifests, sw.js, player/)`, hint: 'move the file into a folder such as "assets/" and point at it there' });
      continue;
    }
    const found = folder.lookup(value);
    switch (found.kind) {
      case 'outside':
        issues.push({ code: CODES.assetOutside, pointer: typed.pointer, message: value.split('/').includes('..') ? `"${value}" leads out of the course folder` : `"${value}" is a link to a file outside the course folder (${found.real})`, hint: 'copy the file into the course folder; a package carries only that folder' });
        break;
      case 'missing':
        issues.push({ code: CODES.assetNotFound, pointer: typed.pointer, message: `the file "${value}" does not exist in the course folder`, hint: found.suggestion !== undefined ? `did you mean "${found.suggestion}"?` : 'copy the file into the course folder at that path, or fix the path (relative to the course folder)' });
        break;
      case 'case':
        issues.push({ code: CODES.assetCase, pointer: typed.pointer, message: `"${value}" differs in letter case from the file "${found.actual}"; it would not be found on a case-sensitive web server`, hint: `write "${found.actual}"` });
        break;
      case 'found': {
        // What a build packs: regular files it can read. Checked here so validate passes only what build takes.
        if (found.type !== undefined ? found.type !== 'file' : !folder.isFile(found.real)) {
          const isFolder = found.type !== undefined ? found.type === 'folder' : folder.isFolder(found.real);
          issues.push({ code: CODES.assetNotFile, pointer: typed.pointer, message: `"${value}" is ${isFolder ? 'a folder' : 'not a regular file (a device, a pipe or a socket)'}, not a file a package can hold`, hint: 'point at a file, such as "assets/photo.jpg"' });
          break;
        }
        const denied = folder.unreadable(found.real);
        if (denied !== null) {
          issues.push({ code: CODES.fileUnreadable, pointer: typed.pointer, message: `"${value}" cannot be read (${denied})`, hint: "check the file's permissions: whoever builds the course must be able to read it" });
          break;
        }
        const twins = folder.caseTwins(value);
        if (twins.length > 0) {
          issues.push({ code: CODES.assetCaseCollision, pointer: typed.pointer, message: `"${value}" has a neighbour that differs only in letter case (${twins.map((t) => `"${t}"`).join(', ')}); unzipped on Windows or macOS they become one file`, hint: 'rename one of them' });
        }
        break;
      }
    }
  }
  return issues;
}
