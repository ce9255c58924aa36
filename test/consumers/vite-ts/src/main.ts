// A plain TypeScript app: import one element's subpath, script it with its typed properties and events.
import '@coursekit/components/scenario';
import type { CkChoiceEvent } from '@coursekit/components';

const scenario = document.querySelector('ck-scenario')!;
scenario.src = '/course.json';
scenario.noReplay = true;
scenario.addEventListener('ck-choice', (event) => {
  const typed: CkChoiceEvent = event;
  console.log(typed.detail.choiceId.toUpperCase());
});
scenario.addEventListener('ck-error', (event) => console.error(event.detail.code, event.detail.message));
