import { describe, expect, it } from 'vitest';
import { findApi, MAX_DISCOVERY_DEPTH } from './discovery';

interface FakeWindow {
  parent: FakeWindow;
  top: FakeWindow;
  opener: FakeWindow | null;
  API?: object;
  API_1484_11?: object;
}

/** A chain of `depth` frames under a top window; returns the innermost. */
function chain(depth: number, top: Partial<FakeWindow> = {}): FakeWindow {
  const root = { opener: null, ...top } as FakeWindow;
  root.parent = root;
  root.top = root;
  let win = root;
  for (let i = 0; i < depth; i++) win = { parent: win, top: root, opener: null } as FakeWindow;
  return win;
}

const asWindow = (w: FakeWindow) => w as unknown as Window;

/** An object with both versions' start functions, so it passes for either API. */
const lms = () => ({ LMSInitialize: () => 'true', Initialize: () => 'true' });

describe('findApi', () => {
  it('passes over an object that is not an LMS API (no start function) and finds the real one above it', () => {
    const api = lms();
    const win = chain(2, { API: api });
    win.API = {};
    win.parent.API_1484_11 = { Initialize: 'not a function' };
    expect(findApi('API', asWindow(win), MAX_DISCOVERY_DEPTH, 'LMSInitialize')).toEqual({ api, where: 'parent', depth: 2 });
    expect(findApi('API_1484_11', asWindow(win), MAX_DISCOVERY_DEPTH, 'Initialize')).toBeNull();
    // Without the start function's name, any object is taken, as the spec's algorithm does.
    expect(findApi('API', asWindow(win))?.api).toEqual({});
  });

  it('finds the API on the window itself', () => {
    const api = lms();
    const win = chain(0, { API: api });
    expect(findApi('API', asWindow(win))).toEqual({ api, where: 'self', depth: 0 });
  });

  it('climbs parents up to the top', () => {
    const api = lms();
    expect(findApi('API_1484_11', asWindow(chain(7, { API_1484_11: api })))).toEqual({ api, where: 'parent', depth: 7 });
  });

  it('looks in the opener (and its parents) of a course opened in a new window', () => {
    const api = lms();
    const lmsFrame = chain(2, { API: api });
    const popup = chain(1);
    popup.top.opener = lmsFrame;
    expect(findApi('API', asWindow(popup))).toEqual({ api, where: 'opener', depth: 2 });
  });

  it(`gives up after ${MAX_DISCOVERY_DEPTH} frames`, () => {
    const api = lms();
    expect(findApi('API', asWindow(chain(MAX_DISCOVERY_DEPTH + 1, { API: api })))).toBeNull();
    expect(findApi('API', asWindow(chain(MAX_DISCOVERY_DEPTH, { API: api })))?.depth).toBe(MAX_DISCOVERY_DEPTH);
  });

  it('treats a frame that throws on access (cross-origin) as having no API', () => {
    const top = chain(0);
    const hostile = new Proxy(top, {
      get(target, key) {
        if (key === 'API') throw new DOMException('Blocked a frame', 'SecurityError');
        return Reflect.get(target, key);
      },
    });
    const inner = { parent: hostile, top: hostile, opener: null } as unknown as FakeWindow;
    expect(findApi('API', asWindow(inner))).toBeNull();
  });
});
