import { html } from 'lit';
import './course-player';
import type { CkCoursePlayer } from './course-player.component';
import { sampleCourse } from '../internal/fixtures/sample.course';
import { finishedSnapshot, staticTracker } from '../internal/fixtures/static-tracker';
import type { Story, StoryMeta } from '../internal/story';

/** What the learner has typed in the form, and whether they pressed "Simpan data". */
interface Typed {
  name: string;
  nip: string;
  unit: string;
  submit: boolean;
}

interface Args {
  lang: 'id' | 'en';
  scheme: 'light' | 'dark';
  /** The name the LMS gives, which the form starts with. */
  lmsName: string;
  /** What the learner types, then submits or not; null: the form as it first opens. */
  typed: Typed | null;
}

/** Types into the certificate details form on the results page as a learner would, then presses save. */
async function type(player: CkCoursePlayer, typed: Typed): Promise<void> {
  await player.updateComplete;
  const form = player.shadowRoot!.querySelector<HTMLFormElement>('form.identity');
  if (!form) return;
  for (const name of ['name', 'nip', 'unit'] as const) (form.elements.namedItem(name) as HTMLInputElement).value = typed[name];
  if (typed.submit) form.requestSubmit();
}

function render({ lang, scheme, lmsName, typed }: Args) {
  const trackers = [staticTracker({ snapshot: finishedSnapshot(sampleCourse, lang, true), learner: { id: null, name: lmsName || null } })];
  const onReady = (e: Event) => {
    const player = e.target as CkCoursePlayer;
    player.showResults();
    if (typed) void type(player, typed);
  };
  return html`<ck-course-player .course=${sampleCourse} .trackers=${trackers} lang=${lang} scheme=${scheme} @ck-ready=${onReady}></ck-course-player>`;
}

const meta: StoryMeta<Args> = {
  title: 'Player/Certificate details form',
  component: 'ck-course-player',
  args: { lang: 'id', scheme: 'light', lmsName: 'Siti Rahmawati', typed: null },
  render,
  parameters: { layout: 'fullscreen' },
};
export default meta;

const valid: Typed = { name: 'Siti Rahmawati, S.E.', nip: '19900101 201501 2 001', unit: 'Inspektorat Jenderal, Kementerian Contoh', submit: true };

/** As the form first opens after a pass: the name from the LMS, NIP and unit kerja still to fill in. */
export const AskedOnce: Story<Args> = {};
/** Name, a valid NIP (typed with the usual spaces) and unit kerja saved: the certificate shows them. */
export const ValidNipSaved: Story<Args> = { args: { typed: valid } };
/** Digit 15 of the NIP is 3: the field is marked invalid and says why, and focus goes to it. */
export const InvalidNip: Story<Args> = { args: { typed: { ...valid, nip: '19900101 201501 3 001' } } };
export const EnglishAskedOnce: Story<Args> = { args: { lang: 'en' } };
export const EnglishValidNipSaved: Story<Args> = { args: { lang: 'en', typed: valid } };
/** Seventeen digits and no unit kerja: both fields say what is missing, in English. */
export const EnglishInvalidNip: Story<Args> = { args: { lang: 'en', typed: { ...valid, nip: '19900101201501200', unit: '' } } };
export const InvalidNipDark: Story<Args> = { args: { scheme: 'dark', typed: { ...valid, nip: '19900101 201501 3 001' } } };
