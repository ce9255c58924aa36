import { describe, expect, it } from 'vitest';
import { outlineOf } from './outline-items';
import type { StudioStore } from './store';
import { strings } from './strings';

/** The parts of the store the outline reads: the course, the interface language and its strings. */
const storeOf = (lang: string, course: Record<string, unknown>) => ({ course, lang, languages: ['id', 'en'], t: strings(lang) }) as unknown as StudioStore;

const course = {
  title: { id: 'Integrity Ranger', en: 'Integrity Ranger' },
  modules: [
    {
      id: 'm1',
      title: { id: 'Apa itu gratifikasi?', en: 'What is gratification?' },
      pages: [
        {
          id: 'p1',
          title: { id: 'Selamat datang', en: 'Welcome' },
          blocks: [
            { type: 'text', markdown: { id: 'Bapak/Ibu bekerja di **Kabupaten Sukamaju**.', en: 'You work at **Sukamaju Regency**.' } },
            { type: 'question', question: { type: 'true-false', prompt: { id: 'Parsel Lebaran boleh diterima.', en: 'A Lebaran parcel may be accepted.' } } },
            { type: 'scenario', scenario: 'parsel' },
            { type: 'new-block', text: 'x' },
          ],
        },
      ],
    },
  ],
};

describe('the outline', () => {
  it('names each block by its type in the interface language, a question by its kind, then its text without Markdown marks, cut at 40 characters', () => {
    const labels = (lang: string) => outlineOf(storeOf(lang, course))[0]!.children[0]!.children[0]!.children.map((b) => b.label);
    expect(labels('id')).toEqual(['Teks: Bapak/Ibu bekerja di Kabupaten Sukama…', 'Benar atau salah: Parsel Lebaran boleh diterima.', 'Skenario: parsel', 'new-block: x']);
    expect(labels('en')).toEqual(['Text: You work at Sukamaju Regency.', 'True or false: A Lebaran parcel may be accepted.', 'Scenario: parsel', 'new-block: x']);
  });
});
