import { afterEach, describe, expect, it } from 'vitest';
import { findApi } from '../../src/scorm/discovery';
import { Scorm2004Tracker } from '../../src/scorm2004/index';
import { miniCourse as course } from '../fixtures/mini-course';
import { installLms, removeLms } from './harness';

afterEach(() => {
  removeLms();
  document.body.replaceChildren();
});

/** A same-origin frame inside `parent`, like an LMS player frame holding the course frame. */
async function frame(parent: Document): Promise<Window> {
  const iframe = parent.createElement('iframe');
  iframe.srcdoc = '<!doctype html><title>frame</title>';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  parent.body.appendChild(iframe);
  await loaded;
  return iframe.contentWindow!;
}

describe('API discovery in real frames', () => {
  it('finds the LMS API two frames up, as a course frame inside an LMS player frame does', async () => {
    const api = installLms('2004');
    const player = await frame(document);
    const content = await frame(player.document);
    const found = findApi('API_1484_11', content);
    expect(found?.api).toBe(api);
    expect([found?.where, found?.depth]).toEqual(['parent', 2]);
  });

  it('launches a tracker from the content frame against the API in the top frame', async () => {
    const api = installLms('2004', { 'cmi.learner_id': 'u-frame' });
    const content = await frame(await frame(document).then((w) => w.document));
    const tracker = new Scorm2004Tracker({ window: content });
    const launch = await tracker.launch({ course });
    expect(launch.learner.id).toBe('u-frame');
    expect(api.isInitialized()).toBe(true);
    await tracker.terminate('exit');
    expect(api.isTerminated()).toBe(true);
  });

  it('does not mistake the SCORM 1.2 API for the 2004 one', async () => {
    installLms('1.2');
    const content = await frame(document);
    expect(findApi('API_1484_11', content)).toBeNull();
    expect(findApi('API', content)?.where).toBe('parent');
  });
});
