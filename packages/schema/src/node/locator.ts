import { isWithin } from '../validate/pointer';
import type { Location, Locator, SourceFile } from '../validate/source';

/** A file mounted at a pointer of the resolved course. */
export interface Mount {
  pointer: string;
  source: SourceFile;
  /** Absolute paths of the files that include this one, root first, for cycle detection. */
  chain: string[];
  /** Absolute path of the file. */
  path: string;
}

/**
 * Locates pointers into a course assembled from several files: each part is found in the file it
 * came from, with the pointer inside that file.
 *
 * @example new MountedLocator([rootMount]).locate('/modules/2/title') // in modules/03-parcel.json
 */
export class MountedLocator implements Locator {
  constructor(readonly mounts: Mount[]) {}

  /** The file a pointer of the course falls in: the deepest mount above it. */
  mountOf(pointer: string): Mount {
    let best = this.mounts[0] as Mount;
    for (const mount of this.mounts) {
      if (isWithin(pointer, mount.pointer) && mount.pointer.length >= best.pointer.length) best = mount;
    }
    return best;
  }

  locate(pointer: string, at?: 'key' | 'value'): Location {
    const mount = this.mountOf(pointer);
    return mount.source.locate(pointer.slice(mount.pointer.length), at);
  }
}
