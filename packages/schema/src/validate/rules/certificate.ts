import { CODES } from '../codes';
import { isRecord } from '../walk';
import type { Rule } from './rule';

/** The certificate's verification URL says where the certificate number goes, so each QR code leads to its own certificate. */
export const certificate: Rule = {
  name: 'certificate',
  run({ course, report }) {
    const settings = course.certificate;
    if (!isRecord(settings)) return;
    const url = settings.verificationUrl;
    if (typeof url === 'string' && /^https:\/\/\S+$/.test(url) && !url.includes('{number}')) {
      report({
        code: CODES.verificationUrlNoNumber,
        pointer: '/certificate/verificationUrl',
        message: `the verification URL "${url}" has no {number}: every certificate's QR code would lead to the same page`,
        hint: `put {number} where the certificate number goes, such as "${url.replace(/\/?$/, '/')}{number}" or "${url}${url.includes('?') ? '&' : '?'}nomor={number}"`,
      });
    }
  },
};
