import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { LanguageController } from '../i18n/language-controller';
import { certificateStrings } from '../translations/certificate';
import { certificateStyles, printPageCss } from './certificate.styles';

let printSheet: CSSStyleSheet | undefined;

/**
 * @summary A certificate of completion: learner's name, course title, date, score, certificate
 * number, issuer, signatory and logo. Prints alone on one landscape A4 or US Letter page:
 * `print()` hides everything else on the page while the print dialog is open.
 *
 * @csspart base - The certificate sheet.
 * @csspart name - The learner's name.
 * @csspart print - The print button.
 *
 * @cssproperty --ck-certificate-border-color - Colour of the double border.
 * @cssproperty --ck-certificate-background - Background of the sheet on screen.
 *
 * @example
 * <ck-certificate learner-name="Siti Rahmawati" course-title="Integrity Ranger" issuer="Inspektorat Jenderal"
 *   certificate-id="IR-2026-4F7K-9Q2M" issued-at="2026-11-24" score="0.85"></ck-certificate>
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
  /** The certificate's number, e.g. `IR-2026-4F7K-9Q2M`, for anyone checking it. */
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
  /** Hide the print button (the host prints by other means). */
  @property({ type: Boolean, attribute: 'no-print' }) noPrint = false;
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

  private get date(): string {
    if (this.issuedAt === '') return '';
    const d = new Date(this.issuedAt);
    return Number.isNaN(d.getTime()) ? String(this.issuedAt) : new Intl.DateTimeFormat(this.language.tag, { dateStyle: 'long' }).format(d);
  }

  protected override render() {
    const s = this.language.strings(certificateStrings);
    const score = this.score === null || Number.isNaN(this.score) ? '' : new Intl.NumberFormat(this.language.tag, { style: 'percent', maximumFractionDigits: 1 }).format(this.score);
    return html`<article part="base" class="sheet" aria-labelledby="title">
        ${this.logoSrc ? html`<img class="logo" src=${this.logoSrc} alt=${this.logoAlt} />` : nothing}
        <h2 class="title" id="title">${this.heading || s.title}</h2>
        <p>${s.awardedTo}</p>
        <p part="name" class="name">${this.learnerName || '—'}</p>
        <p>${s.completed}</p>
        <p class="course">${this.courseTitle}</p>
        ${score ? html`<p>${s.score(score)}</p>` : nothing}
        <dl>
          ${this.date ? html`<div><dt>${s.date}</dt><dd>${this.date}</dd></div>` : nothing}
          ${this.certificateId ? html`<div><dt>${s.id}</dt><dd>${this.certificateId}</dd></div>` : nothing}
          ${this.issuer ? html`<div><dt>${s.issuer}</dt><dd>${this.issuer}</dd></div>` : nothing}
        </dl>
        ${this.signatoryName
          ? html`<p class="signatory"><strong>${this.signatoryName}</strong>${this.signatoryTitle ? html`<br />${this.signatoryTitle}` : nothing}</p>`
          : nothing}
      </article>
      ${this.noPrint ? nothing : html`<div class="actions"><button part="print" class="primary" @click=${() => this.print()}>${s.print}</button></div>`}`;
  }
}
