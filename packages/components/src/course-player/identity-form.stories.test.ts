import { render } from 'lit';
import { describe, expect, it } from 'vitest';
import * as stories from './identity-form.stories';
import type { CkCoursePlayer } from './course-player.component';
import { axeViolations } from '../internal/test/axe';
import { ready, settleDeep, text } from '../internal/test/dom';

type Name = Exclude<keyof typeof stories, 'default'>;

/** Renders a story as Storybook does and returns what its certificate details form shows. */
async function shown(name: Name) {
  const meta = stories.default;
  const container = document.createElement('div');
  document.body.append(container);
  render(meta.render({ ...meta.args, ...stories[name].args } as Parameters<typeof meta.render>[0]), container);
  const player = container.querySelector<CkCoursePlayer>('ck-course-player')!;
  await ready(player);
  await settleDeep(player);
  const root = player.shadowRoot!;
  const input = (field: string) => root.querySelector<HTMLInputElement>(`#identity-${field}`)!;
  const cert = root.querySelector('ck-certificate')!;
  await settleDeep(cert);
  return {
    container,
    legend: text(root.querySelector('.identity legend')),
    labels: [...root.querySelectorAll('.identity label')].map(text),
    values: ['name', 'nip', 'unit'].map((f) => input(f).value),
    invalid: ['name', 'nip', 'unit'].filter((f) => input(f).getAttribute('aria-invalid') === 'true'),
    problems: [...root.querySelectorAll('.identity .problem')].map((p) => [p.id, text(p)]),
    saved: text(root.querySelector('.identity .saved')),
    certificate: [text(cert.shadowRoot!.querySelector('[part="name"]')), text(cert.shadowRoot!.querySelector('.identity'))],
  };
}

describe('certificate details form stories', () => {
  it('AskedOnce: the Indonesian form with the name from the LMS, NIP and unit kerja empty', async () => {
    const s = await shown('AskedOnce');
    expect([s.legend, s.labels, s.values, s.invalid, s.problems, s.saved]).toEqual([
      'Data Bapak/Ibu untuk sertifikat',
      ['Nama lengkap (dengan gelar)', 'NIP (18 angka)', 'Unit kerja'],
      ['Siti Rahmawati', '', ''],
      [],
      [],
      '',
    ]);
    expect(await axeViolations(s.container)).toEqual([]);
    s.container.remove();
  });

  it('ValidNipSaved: saved, and the certificate names the learner with the NIP grouped and the unit kerja', async () => {
    const s = await shown('ValidNipSaved');
    expect([s.invalid, s.problems, s.saved]).toEqual([[], [], 'Data tersimpan.']);
    expect(s.certificate).toEqual(['Siti Rahmawati, S.E.', 'NIP 19900101 201501 2 001 Inspektorat Jenderal, Kementerian Contoh']);
    s.container.remove();
  });

  it('InvalidNip: the NIP field is invalid, tied to its message, and nothing is saved', async () => {
    const s = await shown('InvalidNip');
    expect([s.invalid, s.problems, s.saved]).toEqual([['nip'], [['identity-nip-problem', 'Angka ke-15 NIP harus 1 atau 2.']], '']);
    expect(s.certificate[0]).toBe('Siti Rahmawati');
    expect(await axeViolations(s.container)).toEqual([]);
    s.container.remove();
  });

  it('EnglishAskedOnce and EnglishInvalidNip: the same form and messages in English', async () => {
    const asked = await shown('EnglishAskedOnce');
    expect([asked.legend, asked.labels]).toEqual(['Your details for the certificate', ['Full name (with titles)', 'NIP (18 digits)', 'Work unit (unit kerja)']]);
    asked.container.remove();
    const s = await shown('EnglishInvalidNip');
    expect([s.invalid, s.problems]).toEqual([
      ['nip', 'unit'],
      [
        ['identity-nip-problem', 'An NIP has 18 digits.'],
        ['identity-unit-problem', 'Enter your work unit.'],
      ],
    ]);
    s.container.remove();
  });
});
