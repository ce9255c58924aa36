import type { CourseEngineApi, LaunchData, TrackerProblem } from '@coursekit/engine';
import type { Session } from '@coursekit/session';

/** What the content page exposes as `window.ck`: its session (which owns the tracker and the page's pagehide) and what it launched with. */
export interface ContentFrame {
  engine: CourseEngineApi;
  session: Session;
  launch: LaunchData;
  problems: TrackerProblem[];
}

/** Loads the content page in a frame under this (LMS) page (`query` adds to its URL) and waits for its engine. */
export async function openContent<F = ContentFrame>(version: '1.2' | '2004', page = 'content', query = ''): Promise<{ iframe: HTMLIFrameElement; ck: () => F }> {
  const iframe = document.createElement('iframe');
  // A plain path: Vite rewrites `new URL(template, import.meta.url)` and would drop the query.
  iframe.src = `/test/browser/pages/${page}.html?scorm=${version}${query ? `&${query}` : ''}`;
  document.body.appendChild(iframe);
  const ck = () => (iframe.contentWindow as unknown as { ck: F }).ck;
  await waitFor(() => iframe.contentWindow && ck());
  return { iframe, ck };
}

/** Reloads the content frame (a real page reload: pagehide, then a fresh document) and waits for the new engine. */
export async function reloadContent<F>(frame: { iframe: HTMLIFrameElement; ck: () => F }): Promise<F> {
  const old = frame.ck();
  frame.iframe.contentWindow!.location.reload();
  await waitFor(() => {
    const current = frame.ck();
    return current && current !== old ? current : null;
  });
  return frame.ck();
}

export async function waitFor<T>(probe: () => T | null | undefined, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      const value = probe();
      if (value) return value;
    } catch {
      // The frame is between documents.
    }
    if (Date.now() - start > timeoutMs) throw new Error(`waited ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
