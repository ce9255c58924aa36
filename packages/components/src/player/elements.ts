// The elements of a package's player. Only what every first page shows is defined up front: the
// player and its progress bar. Every other element is a chunk of its own (internal/lazy-elements.ts),
// fetched the first time the player renders it, so a page of text never downloads the quiz, the
// scenario or the certificate.
import { define } from '../define';
import { CkCoursePlayer } from '../course-player/course-player.component';
import { CkProgress } from '../progress/progress.component';
import { loadUndefined } from '../internal/lazy-elements';

/** `<ck-course-player>` as the packages run it: after each render, the elements the page shows are loaded. */
export class CkPackagePlayer extends CkCoursePlayer {
  protected override updated(): void {
    super.updated();
    loadUndefined(this.renderRoot);
  }
}

define('ck-course-player', CkPackagePlayer);
define('ck-progress', CkProgress);
