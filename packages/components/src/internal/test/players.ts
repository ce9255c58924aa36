import { afterEach, beforeAll } from 'vitest';
import '../../course-player/course-player';
import { CkCoursePlayer } from '../../course-player/course-player.component';
import { CourseEngine } from '../fixtures/engine';

/**
 * A test file's `<ck-course-player>` elements: each plays with the eager engine (its rules at hand,
 * so only what a test holds back is ever on its way), and each is removed after its test. Call it
 * once at the top of the file; it returns the function that makes a player.
 *
 * @example
 * const newPlayer = usePlayers();
 * it('…', async () => { const p = newPlayer(); p.course = sampleCourse; document.body.append(p); });
 */
export function usePlayers(): () => CkCoursePlayer {
  const made: CkCoursePlayer[] = [];
  beforeAll(() => {
    CkCoursePlayer.engineClass = CourseEngine;
  });
  afterEach(() => {
    for (const player of made.splice(0)) player.remove();
  });
  return () => {
    const player = document.createElement('ck-course-player');
    made.push(player);
    return player;
  };
}
