import { html } from 'lit';
import './certificate';
import type { Story, StoryMeta } from '../internal/story';
import { inDark } from '../stories/theme';
import { pictureUrl } from '../internal/fixtures/sample.course';

interface Args {
  learnerName: string;
  courseTitle: string;
  heading: string;
  issuedAt: string;
  score: number | null;
  certificateId: string;
  issuer: string;
  signatoryName: string;
  signatoryTitle: string;
  logo: boolean;
  lang: 'id' | 'en';
  dark: boolean;
}

const meta: StoryMeta<Args> = {
  title: 'Player/Certificate',
  component: 'ck-certificate',
  args: {
    learnerName: 'Siti Rahmawati',
    courseTitle: 'Penjaga Integritas',
    heading: 'Sertifikat Penjaga Integritas',
    issuedAt: '2026-11-24',
    score: 0.85,
    certificateId: 'IR-2026-4F7K-9Q2M',
    issuer: 'Inspektorat Jenderal',
    signatoryName: 'Dr. Ratna Dewi',
    signatoryTitle: 'Inspektur Jenderal',
    logo: true,
    lang: 'id',
    dark: false,
  },
  render: (a) =>
    inDark(
      html`<ck-certificate
        learner-name=${a.learnerName}
        course-title=${a.courseTitle}
        heading=${a.heading}
        issued-at=${a.issuedAt}
        .score=${a.score}
        certificate-id=${a.certificateId}
        issuer=${a.issuer}
        signatory-name=${a.signatoryName}
        signatory-title=${a.signatoryTitle}
        logo-src=${a.logo ? pictureUrl : ''}
        logo-alt=${a.logo ? 'Logo Inspektorat Jenderal' : ''}
        lang=${a.lang}
      ></ck-certificate>`,
      a.dark,
    ),
};
export default meta;

export const Indonesian: Story<Args> = {};
export const English: Story<Args> = { args: { courseTitle: 'Integrity Ranger', heading: 'Integrity Ranger Certificate', issuer: 'Inspectorate General', signatoryTitle: 'Inspector General', lang: 'en' } };
export const CompletionWithoutScore: Story<Args> = { args: { score: null, logo: false, signatoryName: '', heading: '' } };
export const Dark: Story<Args> = { args: { dark: true } };
