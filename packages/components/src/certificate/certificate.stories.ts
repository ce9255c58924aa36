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
  nip: string;
  unit: string;
  hours: number;
  verificationUrl: string;
  marks: boolean;
  lang: 'id' | 'en';
  dark: boolean;
}

const signatureUrl = new URL('./fixtures/signature.svg', import.meta.url).href;
const stampUrl = new URL('./fixtures/stamp.svg', import.meta.url).href;

const meta: StoryMeta<Args> = {
  title: 'Player/Certificate',
  component: 'ck-certificate',
  args: {
    learnerName: 'Siti Rahmawati',
    courseTitle: 'Penjaga Integritas',
    heading: 'Sertifikat Penjaga Integritas',
    issuedAt: '2026-11-24',
    score: 0.85,
    certificateId: 'IR-U73L-6GRV-A',
    issuer: 'Inspektorat Jenderal',
    signatoryName: 'Dr. Ratna Dewi',
    signatoryTitle: 'Inspektur Jenderal',
    logo: true,
    nip: '199001012015012001',
    unit: 'Inspektorat Jenderal, Kementerian Contoh',
    hours: 4,
    verificationUrl: 'https://upg.example.go.id/sertifikat/{number}',
    marks: true,
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
        nip=${a.nip}
        unit=${a.unit}
        hours=${a.hours}
        verification-url=${a.verificationUrl}
        signature-src=${a.marks ? signatureUrl : ''}
        signature-alt=${a.marks ? (a.lang === 'id' ? 'Tanda tangan Dr. Ratna Dewi' : 'Signature of Dr. Ratna Dewi') : ''}
        stamp-src=${a.marks ? stampUrl : ''}
        stamp-alt=${a.marks ? (a.lang === 'id' ? 'Cap Inspektorat Jenderal' : 'Stamp of the Inspectorate General') : ''}
        signatory-nip=${a.marks ? '197001011995031001' : ''}
        lang=${a.lang}
      ></ck-certificate>`,
      a.dark,
    ),
};
export default meta;

export const Indonesian: Story<Args> = {};
export const English: Story<Args> = { args: { courseTitle: 'Integrity Ranger', heading: 'Integrity Ranger Certificate', issuer: 'Inspectorate General', signatoryTitle: 'Inspector General', lang: 'en' } };
export const CompletionWithoutScore: Story<Args> = { args: { score: null, logo: false, signatoryName: '', heading: '', nip: '', unit: '', hours: 0, verificationUrl: '', marks: false } };
export const Dark: Story<Args> = { args: { dark: true } };
