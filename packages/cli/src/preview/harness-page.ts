import { faviconHref } from '@coursekit/packager';

/**
 * The preview's LMS page: the course in a frame on the left, the LMS panel on the right. Static
 * HTML; everything the author wrote reaches it only through textContent in harness-client.ts.
 */
export function harnessPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CourseKit preview</title>
<link rel="icon" href="${faviconHref({})}">
<style>
  :root { color-scheme: light; font: 14px/1.4 system-ui, sans-serif; color: #1a202c; }
  body { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr) 26rem; grid-template-rows: auto minmax(0, 1fr); height: 100vh; }
  header { grid-column: 1 / -1; display: flex; gap: 1rem; align-items: center; padding: .5rem 1rem; background: #0b6e4f; color: #fff; flex-wrap: wrap; }
  header h1 { font-size: 1rem; margin: 0; }
  header a, header select, header button { font: inherit; }
  header button { background: #fff; color: #0b6e4f; border: 0; border-radius: 4px; padding: .25rem .75rem; cursor: pointer; }
  header button:focus-visible, header select:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
  main { min-height: 0; }
  iframe { display: block; width: 100%; height: 100%; border: 0; border-right: 1px solid #cbd5e0; box-sizing: border-box; }
  aside:focus-visible { outline: 3px solid #0b6e4f; outline-offset: -3px; }
  aside { overflow: auto; padding: .75rem 1rem; background: #f7fafc; }
  aside h2 { font-size: .95rem; margin: 1rem 0 .5rem; }
  table { border-collapse: collapse; width: 100%; font: 12px/1.3 ui-monospace, monospace; }
  th, td { text-align: left; vertical-align: top; padding: .2rem .3rem; border-bottom: 1px solid #e2e8f0; word-break: break-all; }
  th { font-weight: 600; }
  ol { padding-left: 1.25rem; font: 12px/1.3 ui-monospace, monospace; }
  li { margin: .2rem 0; word-break: break-all; }
  .false { color: #b91c1c; }
  #problems { background: #fff5f5; border: 1px solid #feb2b2; padding: .5rem .75rem; border-radius: 4px; }
  #problems[hidden] { display: none; }
  .note { color: #4a5568; }
</style>
</head>
<body>
<header>
  <h1>CourseKit preview</h1>
  <label>Target <select id="target" aria-describedby="target-note"></select></label>
  <span id="target-note" class="note" style="color:#e6fffa"></span>
  <button type="button" id="relaunch">Relaunch (resume)</button>
  <button type="button" id="reset">Reset LMS data</button>
</header>
<main><iframe id="course" title="Course"></iframe></main>
<aside aria-label="LMS panel" tabindex="0">
  <div id="problems" role="alert" hidden></div>
  <section id="cmi-section" hidden aria-labelledby="cmi-title">
    <h2 id="cmi-title">CMI values</h2>
    <table><thead><tr><th scope="col">Element</th><th scope="col">Value</th></tr></thead><tbody id="cmi"></tbody></table>
  </section>
  <section id="calls-section" hidden aria-labelledby="calls-title">
    <h2 id="calls-title">API calls</h2>
    <ol id="calls" aria-live="off"></ol>
  </section>
  <section id="statements-section" hidden aria-labelledby="statements-title">
    <h2 id="statements-title">xAPI statements received</h2>
    <ol id="statements"></ol>
  </section>
  <section id="web-section" hidden>
    <h2>Web target</h2>
    <p class="note">No LMS: the learner's progress is kept in this browser's localStorage. Reset LMS data clears it.</p>
  </section>
</aside>
<script src="/__coursekit/harness.js"></script>
</body>
</html>
`;
}
