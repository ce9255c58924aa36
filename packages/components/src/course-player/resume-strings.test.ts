import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../internal/test/held-requests';
import { usePlayers } from '../internal/test/players';
import { CourseEngine } from '../internal/fixtures/engine';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { RecordingTracker } from '../internal/fixtures/trackers';
import { ready, text } from '../internal/test/dom';
import { axeViolations } from '../internal/test/axe';
import { KEY_LIKE, watchText } from '../internal/test/seen';

// The English UI strings loaded on demand (this file's frame has not loaded them before).
const ENGLISH = '/src/translations/en/';

const newPlayer = usePlayers();

describe('<ck-course-player> resuming in the other language', () => {
  it('resumes in English without showing the course in Indonesian first: until the English strings arrive, only the loading status', async () => {
    const engine = new CourseEngine(sampleCourse, { language: 'en' });
    engine.start();
    engine.next();
    engine.next();
    await commands.holdRequests(ENGLISH);
    const p = newPlayer();
    p.trackers = [new RecordingTracker('scorm2004', { snapshot: engine.snapshot() })];
    p.course = sampleCourse;
    const seen = watchText(p);
    document.body.append(p);
    await expect.poll(() => text(p.shadowRoot?.querySelector('[role="status"]'))).toBe('Memuat kursus…');
    // The English strings are asked for as soon as the saved state names English, and the page waits for them.
    expect(await commands.releaseRequests(ENGLISH, 'continue', 3)).toBe(3);
    await ready(p);
    expect(text(p.shadowRoot!.querySelector('#content h1'))).toBe('Video and audio');
    expect(text(p.shadowRoot!.querySelector('[part="pager"]'))).toBe('Previous Page 3 of 6 Next');
    expect(text(p.shadowRoot!.querySelector('[aria-live="polite"]'))).toBe('Welcome back. You are on the page you last opened.');
    const { texts, unnamedButtons } = seen.stop();
    // Before the English page: nothing (the player waits for its strings), then the loading status.
    expect(texts.slice(0, texts.findIndex((t) => t.includes('Video and audio')))).toEqual(['', 'Memuat kursus…']);
    expect(texts.filter((t) => /Halaman|Berikutnya|Sebelumnya|Daftar isi/.test(t))).toEqual([]);
    expect(texts.filter((t) => KEY_LIKE.test(t))).toEqual([]);
    expect(unnamedButtons).toBe(0);
    expect(await axeViolations(p)).toEqual([]);
  });
});
