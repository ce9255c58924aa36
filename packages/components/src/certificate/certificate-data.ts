/** Everything a certificate shows: what the element renders and what the PDF generator draws. */
export interface CertificateData {
  lang: string;
  heading: string;
  awardedTo: string;
  learnerName: string;
  nip: string;
  unit: string;
  completed: string;
  courseTitle: string;
  /** Labelled lines under the course: date, hours, number, issuer. */
  facts: Array<{ label: string; value: string }>;
  verifyLabel: string;
  verificationUrl: string;
  signatoryName: string;
  signatoryTitle: string;
  signatoryNip: string;
  /** Image URLs (any format the browser shows, SVG included). */
  logoSrc: string;
  signatureSrc: string;
  stampSrc: string;
}

/**
 * The verification URL of one certificate: the course's template with `{number}` replaced by the
 * number, URL-encoded.
 *
 * @example
 * verificationUrl('https://upg.example.go.id/sertifikat/{number}', 'IR-U73L-6GRV-A'); // 'https://upg.example.go.id/sertifikat/IR-U73L-6GRV-A'
 */
export function verificationUrl(template: string, number: string): string {
  return template && number ? template.split('{number}').join(encodeURIComponent(number)) : '';
}
