import { afterEach, describe, expect, it } from 'vitest';
import './media';
import type { CkMedia } from './media.component';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-media').forEach((e) => e.remove()));

describe('<ck-media>', () => {
  it('plays video with native controls, caption tracks (the UI language on by default) and a transcript disclosure', async () => {
    const el = document.createElement('ck-media') as CkMedia;
    el.kind = 'video';
    el.heading = "Rina's story";
    el.src = 'assets/intro.mp4';
    el.transcript = '**Narrator:** Three days before Lebaran…';
    el.tracks = [
      { src: 'intro.id.vtt', srclang: 'id', label: 'Bahasa Indonesia', kind: 'captions' },
      { src: 'intro.en.vtt', srclang: 'en', label: 'English', kind: 'captions' },
    ];
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await settle(el);
    const video = el.shadowRoot!.querySelector('video')!;
    expect([video.controls, video.getAttribute('aria-label')]).toEqual([true, "Rina's story"]);
    expect([...video.querySelectorAll('track')].map((t) => `${t.srclang}:${t.kind}:${t.default}`)).toEqual(['id:captions:false', 'en:captions:true']);
    const details = el.shadowRoot!.querySelector('details')!;
    expect([details.open, details.querySelector('summary')!.textContent]).toEqual([false, "Transcript: Rina's story"]);
    expect(details.querySelector('.prose')!.textContent!.trim()).toBe('Narrator: Three days before Lebaran…');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('plays audio with its transcript', async () => {
    const el = document.createElement('ck-media') as CkMedia;
    el.kind = 'audio';
    el.heading = 'Siniar';
    el.transcript = 'Halo.';
    document.body.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('audio')!.controls).toBe(true);
    expect(el.shadowRoot!.querySelector('summary')!.textContent).toBe('Transkrip: Siniar');
  });
});
