import { afterEach, describe, expect, it } from 'vitest';
import './dialogue';
import type { CkDialogue } from './dialogue.component';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-dialogue').forEach((e) => e.remove()));

describe('<ck-dialogue>', () => {
  it('lists each line with speaker and role, the mood on the portrait and in its text alternative, and keeps a character colour only when it is a plain colour', async () => {
    const el = document.createElement('ck-dialogue') as CkDialogue;
    el.lines = [
      { name: 'Pak Budi', role: 'Rekanan', color: '#8a3b12', text: 'Ini *sekadar* parsel.', mood: 'happy' },
      { name: 'Rina', color: 'red;background:url(https://evil.example/x)', text: 'Maaf, Pak.' },
    ];
    document.body.append(el);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.speaker')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Pak Budi, Rekanan berkata:', 'Rina berkata:']);
    // Without a picture, the initial is hidden and the mood is said with the name; a face is drawn on the portrait.
    expect(items.map((li) => li.querySelector('.portrait .visually-hidden')?.textContent ?? null)).toEqual(['Pak Budi, senang', null]);
    expect(items.map((li) => li.querySelector('.mood-sign')?.getAttribute('data-mood') ?? null)).toEqual(['happy', null]);
    expect(items.map((li) => li.style.getPropertyValue('--_character'))).toEqual(['#8a3b12', '']);
    expect(items[0]!.querySelector('.bubble')!.innerHTML.replace(/<!--[^>]*-->/g, '')).toBe('<p>Ini <em>sekadar</em> parsel.</p>');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows the expression picture for the mood, or the avatar with the mood in its alt, in Indonesian and English', async () => {
    const el = document.createElement('ck-dialogue') as CkDialogue;
    const picture = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><circle cx="4" cy="4" r="4"/></svg>');
    el.lines = [
      { name: 'Bu Sari', avatar: { src: picture, alt: 'Bu Sari berkerudung ungu' }, text: 'Bagus.', mood: 'happy', expression: { src: picture, alt: 'Bu Sari tersenyum lebar' } },
      { name: 'Bu Sari', avatar: { src: picture, alt: 'Bu Sari berkerudung ungu' }, text: 'Hm.', mood: 'worried' },
      { name: 'Bu Sari', avatar: { src: picture, alt: 'Bu Sari berkerudung ungu' }, text: 'Baik.', mood: 'neutral' },
    ];
    document.body.append(el);
    await settle(el);
    const alts = () => [...el.shadowRoot!.querySelectorAll('img')].map((img) => img.alt);
    expect(alts()).toEqual(['Bu Sari tersenyum lebar', 'Bu Sari berkerudung ungu, khawatir', 'Bu Sari berkerudung ungu']);
    expect([...el.shadowRoot!.querySelectorAll('.mood-sign')].map((s) => s.getAttribute('data-mood'))).toEqual(['worried']);
    expect(el.shadowRoot!.textContent).not.toContain('(khawatir)');
    el.lang = 'en';
    await settle(el);
    expect(alts()[1]).toBe('Bu Sari berkerudung ungu, worried');
    expect(await axeViolations(el)).toEqual([]);
    el.remove();
  });

  it('shows a dialogue block of a course as the player sets it: each character looked up, in the language asked for, else the course default', async () => {
    const el = document.createElement('ck-dialogue') as CkDialogue;
    const course = {
      characters: [
        { id: 'budi', name: 'Pak Budi', role: { id: 'Rekanan', en: 'Contractor' }, avatar: { src: 'budi.svg', alt: { id: 'Pak Budi berkemeja batik', en: 'Mr Budi in a batik shirt' } }, expressions: { worried: { src: 'budi-worried.svg', alt: { id: 'Pak Budi cemas', en: 'Mr Budi, anxious' } } } },
      ],
    } as unknown as NonNullable<CkDialogue['course']>;
    Object.assign(el, {
      course,
      asset: (path: string) => `assets/${path}`,
      block: { type: 'dialogue', lines: [{ character: 'budi', text: { id: 'Ini untuk Bapak.', en: 'This is for you.' }, mood: 'worried' }, { character: 'rina', text: 'Maaf, Pak.' }] },
    });
    el.lang = 'en';
    el.setAttribute('fallback-lang', 'id');
    document.body.append(el);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.speaker')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Pak Budi, Contractor says:', 'rina says:']);
    expect(items.map((li) => li.querySelector('.bubble')!.textContent!.trim())).toEqual(['This is for you.', 'Maaf, Pak.']);
    expect([...el.shadowRoot!.querySelectorAll('img')].map((img) => [img.getAttribute('src'), img.alt])).toEqual([['assets/budi-worried.svg', 'Mr Budi, anxious']]);
    expect(await axeViolations(el)).toEqual([]);
  });
});
