/// <reference types="@coursekit/components/react" />
// React 19 with <ck-scenario> in JSX: properties as props, `onck-…` listeners typed by the event class.
import { useRef } from 'react';
import { createRoot } from 'react-dom/client';
import '@coursekit/components/scenario';
import type { CkScenario } from '@coursekit/components';

function App() {
  const ref = useRef<CkScenario>(null);
  return (
    <ck-scenario
      ref={ref}
      src="/course.json"
      scenarioId="parcel"
      noReplay
      lang="id"
      className="scenario"
      onck-choice={(event) => console.log(event.detail.choiceId.toUpperCase())}
      onck-scenario-end={(event) => console.log(event.detail.outcome)}
      onck-error={(event) => console.error(event.detail.code)}
    />
  );
}

createRoot(document.getElementById('root')!).render(<App />);
