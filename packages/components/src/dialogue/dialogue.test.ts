import { afterEach, describe, expect, it } from 'vitest';
import './dialogue';
import type { CkDialogue } from './dialogue.component';
import { axeViolations, settle } from '../internal/test/axe';

afterEach(() => document.querySelectorAll('ck-dialogue').forEach((e) => e.remove()));

describe('<ck-dialogue>', () => {
  it('lists each line with speaker, role and mood in words, and keeps a character colour only when it is a plain colour', async () => {
    const el = document.createElement('ck-dialogue') as CkDialogue;
    el.lines = [
      { name: 'Pak Budi', role: 'Rekanan', color: '#8a3b12', text: 'Ini *sekadar* parsel.', mood: 'happy' },
      { name: 'Rina', color: 'red;background:url(https://evil.example/x)', text: 'Maaf, Pak.' },
    ];
    document.body.append(el);
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.speaker')!.textContent!.replace(/\s+/g, ' ').trim())).toEqual(['Pak Budi, Rekanan (senang) berkata:', 'Rina berkata:']);
    expect(items.map((li) => li.style.getPropertyValue('--_character'))).toEqual(['#8a3b12', '']);
    expect(items[0]!.querySelector('.bubble')!.innerHTML.replace(/<!--[^>]*-->/g, '')).toBe('<p>Ini <em>sekadar</em> parsel.</p>');
    expect(await axeViolations(el)).toEqual([]);
  });
});
