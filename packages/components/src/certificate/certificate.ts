import { define } from '../define';
import { CkCertificate } from './certificate.component';

export { CkCertificate };

define('ck-certificate', CkCertificate);

declare global {
  interface HTMLElementTagNameMap {
    'ck-certificate': CkCertificate;
  }
}
