import { CkCertificate } from './certificate.component';

export { CkCertificate };

if (!customElements.get('ck-certificate')) customElements.define('ck-certificate', CkCertificate);

declare global {
  interface HTMLElementTagNameMap {
    'ck-certificate': CkCertificate;
  }
}
