// The first example of the @coursekit/engine README, as a user's project type-checks it.
import { CourseEngine } from '@coursekit/engine';
import { parseCourse } from '@coursekit/schema';
import json from './course.json'; // one file; a course split with $include: loadCourse from @coursekit/schema/node

const course = parseCourse(json); // a ResolvedCourse, or a CourseValidationError listing every problem
const engine = new CourseEngine(course, { seed: 7 });
engine.on((event) => console.log(event.type));
engine.start();                        // course-started, page-viewed
engine.next();                         // page-viewed
engine.next();
engine.answer('kc-true-false', { type: 'true-false', value: true });
// → { ok: true, correct: true, score: { raw: 1, min: 0, max: 1, scaled: 1 }, feedback: null }

localStorage.setItem('ck', JSON.stringify(engine.snapshot())); // in the player, not in the engine
const resumed = new CourseEngine(course, { snapshot: JSON.parse(localStorage.getItem('ck')!) });
resumed.start();                       // course-resumed, page-viewed — same page, same answers
