import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { reportError } from '../events/error';
import { certificateStrings } from '../translations/certificate';
import { certificateStyles, printPageCss } from './certificate.styles';
import { verificationUrl, type CertificateData } from './certificate-data';

let printSheet: CSSStyleSheet | undefined;

/**
 * @summary A certificate of completion for a civil servant: name, NIP and unit kerja, course title,
 * date, training hours (JP), score, certificate number, a QR code of its verification URL, issuer,
 * signatory with signature and stamp, and logo. Prints alone on one landscape A4 or US Letter page
 * (`print()` hides everything else while the print dialog is open); `downloadPdf()` saves it as a
 * PDF, made by a generator loaded only then. The QR code's encoder also loads on demand.
 *
 * @event ck-error - The PDF could not be made. detail: { code, message, source }
 *
 * @csspart base - The certificate sheet.
 * @csspart name - The learner's name.
 * @csspart qr - The QR code of the verification URL.
 * @csspart print - The print button.
 * @csspart download - The PDF download button.
 *
 * @cssproperty --ck-certificate-border-color - Colour of the double border.
 * @cssproperty --ck-certificate-background - Background of the sheet on screen.
 *
 * @example
 * <ck-certificate learner-name="Siti Rahmawati" course-title="Integrity Ranger" issuer="Inspektorat Jenderal"
 *   nip="199001012015012001" unit="Inspektorat Jenderal" hours="4" certificate-id="IR-U73L-6GRV-A" issued-at="2026-11-24"
 *   verification-url="https://upg.example.go.id/sertifikat/{number}"></ck-certificate>
 */
export class CkCertificate extends LitElement {
  static override styles = certificateStyles;

  /** The learner's name as it should read on the certificate. */
  @property({ attribute: 'learner-name' }) learnerName = '';
  /** The course title, in the language shown. */
  @property({ attribute: 'course-title' }) courseTitle = '';
  /** The certificate's own title; default "Sertifikat" / "Certificate". */
  @property() heading = '';
  /** When it was issued: an ISO date or milliseconds since the epoch. */
  @property({ attribute: 'issued-at', converter: { fromAttribute: (v) => (v && /^\d+$/.test(v) ? Number(v) : v) } }) issuedAt: number | string = '';
  /** The course score, scaled 0–1; none shown when null. */
  @property({ type: Number }) score: number | null = null;
  /** The learner's NIP (18 digits), shown grouped as 8 6 1 3. */
  @property() nip = '';
  /** The learner's unit kerja. */
  @property() unit = '';
  /** Training hours awarded, in JP; none shown when 0. */
  @property({ type: Number }) hours = 0;
  /** Verification URL template, `{number}` replaced by the certificate number; shown and as a QR code. */
  @property({ attribute: 'verification-url' }) verificationUrl = '';
  /** URL of the signature image. */
  @property({ attribute: 'signature-src' }) signatureSrc = '';
  /** Text alternative of the signature. */
  @property({ attribute: 'signature-alt' }) signatureAlt = '';
  /** URL of the stamp image. */
  @property({ attribute: 'stamp-src' }) stampSrc = '';
  /** Text alternative of the stamp. */
  @property({ attribute: 'stamp-alt' }) stampAlt = '';
  /** The signatory's NIP. */
  @property({ attribute: 'signatory-nip' }) signatoryNip = '';
  /** The certificate's number, e.g. `IR-U73L-6GRV-A`, for anyone checking it. */
  @property({ attribute: 'certificate-id' }) certificateId = '';
  /** Who issues it (an organisation). */
  @property() issuer = '';
  /** The person who signs it. */
  @property({ attribute: 'signatory-name' }) signatoryName = '';
  /** The signatory's position. */
  @property({ attribute: 'signatory-title' }) signatoryTitle = '';
  /** URL of the issuer's logo. */
  @property({ attribute: 'logo-src' }) logoSrc = '';
  /** Text alternative of the logo (the issuer's name in the logo). */
  @property({ attribute: 'logo-alt' }) logoAlt = '';
  /** Hide the print and download buttons (the host prints by other means). */
  @property({ type: Boolean, attribute: 'no-print' }) noPrint = false;

  @state() private qr: { size: number; path: string } | null = null;
  @state() private pdfState: 'idle' | 'busy' | 'failed' = 'idle';
  private qrFor = '';
  /** UI language (`id`, `en`). */
  @property() override lang = '';

  private language = new LanguageController(this);

  /** The hosts from this element up through every shadow root that holds it. */
  private chain(): Element[] {
    const out: Element[] = [];
    for (let el: Element | null = this; el; ) {
      out.push(el);
      const root = el.getRootNode();
      el = el.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
    }
    return out;
  }

  /**
   * Opens the print dialog with only this certificate on the page, then puts the page back.
   * Every element holding the certificate is marked `data-ck-print` meanwhile, so a container
   * (the player) can hide the rest of its own shadow content with `:host([data-ck-print])`.
   */
  print(): void {
    const chain = this.chain();
    for (const el of chain) el.setAttribute('data-ck-print', '');
    document.documentElement.setAttribute('data-ck-print', '');
    if (!printSheet) {
      printSheet = new CSSStyleSheet();
      printSheet.replaceSync(printPageCss);
    }
    const sheets = document.adoptedStyleSheets;
    if (!sheets.includes(printSheet)) document.adoptedStyleSheets = [...sheets, printSheet];
    const restore = (): void => {
      for (const el of chain) el.removeAttribute('data-ck-print');
      document.documentElement.removeAttribute('data-ck-print');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== printSheet);
    };
    addEventListener('afterprint', restore, { once: true });
    window.print();
  }

  /** This certificate's verification URL, its number filled in. */
  get verificationLink(): string {
    return verificationUrl(this.verificationUrl, this.certificateId);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const link = this.verificationLink;
    if ((changed.has('verificationUrl') || changed.has('certificateId')) && link !== this.qrFor) {
      this.qrFor = link;
      this.qr = null;
      if (link) {
        void import('./qr').then(({ qrPath }) => {
          if (this.qrFor === link) this.qr = qrPath(link);
        });
      }
    }
  }

  /** What the certificate shows, in the UI language: the PDF generator draws the same. */
  get data(): CertificateData {
    const s = this.language.strings(certificateStrings);
    const hours = this.hours > 0 ? s.hoursValue(new Intl.NumberFormat(this.language.tag).format(this.hours)) : '';
    return {
      lang: this.language.tag,
      heading: this.heading || s.title,
      awardedTo: s.awardedTo,
      learnerName: this.learnerName || '—',
      nip: groupNip(this.nip),
      unit: this.unit,
      completed: s.completed,
      courseTitle: this.courseTitle,
      facts: [
        { label: s.date, value: this.date },
        { label: s.hours, value: hours },
        { label: s.id, value: this.certificateId },
        { label: s.issuer, value: this.issuer },
      ],
      verifyLabel: s.verify,
      verificationUrl: this.verificationLink,
      signatoryName: this.signatoryName,
      signatoryTitle: this.signatoryTitle,
      signatoryNip: this.signatoryNip ? s.signatoryNip(groupNip(this.signatoryNip)) : '',
      logoSrc: this.logoSrc,
      signatureSrc: this.signatureSrc,
      stampSrc: this.stampSrc,
    };
  }

  /** The certificate as a PDF (one A4 landscape page); the generator is loaded on the first call. */
  async pdf(): Promise<Blob> {
    const { certificatePdf } = await import('./pdf');
    return certificatePdf(this.data);
  }

  /** Makes the PDF and saves it as `<number>.pdf` (the browser's download). Never throws: a failure shows a message and fires `ck-error`. */
  async downloadPdf(): Promise<void> {
    this.pdfState = 'busy';
    try {
      const blob = await this.pdf();
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `${(this.certificateId || 'sertifikat').replace(/[^\w-]+/g, '_')}.pdf`;
      this.renderRoot.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
      this.pdfState = 'idle';
    } catch (error) {
      this.pdfState = 'failed';
      reportError(this, { code: 'certificate-pdf-failed', message: `the PDF could not be made: ${error instanceof Error ? error.message : String(error)}`, source: 'ck-certificate' });
    }
  }

  private get date(): string {
    if (this.issuedAt === '') return '';
    const d = new Date(this.issuedAt);
    return Number.isNaN(d.getTime()) ? String(this.issuedAt) : new Intl.DateTimeFormat(this.language.tag, { dateStyle: 'long' }).format(d);
  }

  protected override render() {
    const s = this.language.strings(certificateStrings);
    const d = this.data;
    const score = this.score === null || Number.isNaN(this.score) ? '' : new Intl.NumberFormat(this.language.tag, { style: 'percent', maximumFractionDigits: 1 }).format(this.score);
    return html`<article part="base" class="sheet" aria-labelledby="title">
        ${this.logoSrc ? html`<img class="logo" src=${this.logoSrc} alt=${this.logoAlt} />` : nothing}
        <h2 class="title" id="title">${d.heading}</h2>
        <p>${s.awardedTo}</p>
        <p part="name" class="name">${d.learnerName}</p>
        ${d.nip || d.unit
          ? html`<p class="identity">
              ${d.nip ? html`<span><abbr title=${s.nip}>NIP</abbr> <span class="nip">${d.nip}</span></span>` : nothing}
              ${d.unit ? html`<span class="unit">${d.unit}</span>` : nothing}
            </p>`
          : nothing}
        <p>${s.completed}</p>
        <p class="course">${this.courseTitle}</p>
        ${score ? html`<p>${s.score(score)}</p>` : nothing}
        <dl>
          ${d.facts.filter((f) => f.value).map((f) => html`<div><dt>${f.label}</dt><dd>${f.value}</dd></div>`)}
        </dl>
        <div class="foot">
          ${d.verificationUrl
            ? html`<div class="verify">
                ${this.qr
                  ? html`<svg part="qr" class="qr" viewBox="0 0 ${this.qr.size} ${this.qr.size}" role="img" aria-label=${s.qr(d.verificationUrl)} shape-rendering="crispEdges">
                      ${svg`<rect width=${this.qr.size} height=${this.qr.size} fill="#fff"></rect><path d=${this.qr.path} fill="#000"></path>`}
                    </svg>`
                  : html`<span class="qr"></span>`}
                <p>${s.verify}<br /><a href=${d.verificationUrl} class="url">${d.verificationUrl}</a></p>
              </div>`
            : html`<span></span>`}
          ${this.signatoryName
            ? html`<div class="signatory">
                <div class="marks">
                  ${this.stampSrc ? html`<img class="stamp" src=${this.stampSrc} alt=${this.stampAlt} />` : nothing}
                  ${this.signatureSrc ? html`<img class="signature" src=${this.signatureSrc} alt=${this.signatureAlt} />` : nothing}
                </div>
                <p><strong>${this.signatoryName}</strong>${this.signatoryTitle ? html`<br />${this.signatoryTitle}` : nothing}${d.signatoryNip ? html`<br />${d.signatoryNip}` : nothing}</p>
              </div>`
            : nothing}
        </div>
      </article>
      ${this.noPrint
        ? nothing
        : html`<div class="actions">
            <button part="print" class="primary" @click=${() => this.print()}>${s.print}</button>
            <button part="download" aria-describedby="pdf-status" ?disabled=${this.pdfState === 'busy'} @click=${() => void this.downloadPdf()}>${s.download}</button>
            <p id="pdf-status" class="status" role="status">${this.pdfState === 'busy' ? s.preparing : this.pdfState === 'failed' ? s.downloadFailed : ''}</p>
          </div>`}`;
  }
}

/** An NIP grouped as Indonesian documents print it: birth date, appointment, gender, serial. */
function groupNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  return /^\d{18}$/.test(digits) ? `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits[14]} ${digits.slice(15)}` : nip;
}
