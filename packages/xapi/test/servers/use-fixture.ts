import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, inject } from 'vitest';
import { exampleCourses } from '../fixtures/examples';
import { type Fixture, startFixture } from './fixture';

/** What a test file against the real LRS works with. */
export interface LrsFixture {
  /** Learning Locker's own xAPI endpoint (the global setup's), to read back what it stored. */
  readonly lrsEndpoint: string;
  /** The launch fixture and fault proxy in front of it: started before the file's first test, closed after its last. */
  readonly fixture: Fixture;
  /** The tour example course (examples/tour), includes resolved, read on first use. */
  readonly tour: ResolvedCourse;
}

/**
 * Starts one launch fixture for the calling test file, in front of the run's Learning Locker, and
 * closes it after the file's last test. Call it at the top of the file.
 *
 * @example
 * const lrs = useLrsFixture();
 * it('stores the statement', async () => {
 *   const launch = tincanLaunch(lrs.fixture);
 *   expect(await statementsIn(lrs.lrsEndpoint, launch.registration)).toEqual([]);
 * });
 */
export function useLrsFixture(): LrsFixture {
  const lrsEndpoint = inject('lrsEndpoint');
  let fixture: Fixture | undefined;
  let tour: ResolvedCourse | undefined;
  beforeAll(async () => {
    fixture = await startFixture(lrsEndpoint);
  });
  afterAll(() => fixture?.close());
  return {
    lrsEndpoint,
    get fixture() {
      if (!fixture) throw new Error('useLrsFixture: the fixture starts before the first test; read it inside a test or hook');
      return fixture;
    },
    get tour() {
      return (tour ??= exampleCourses().find((e) => e.name === 'tour')!.course);
    },
  };
}
