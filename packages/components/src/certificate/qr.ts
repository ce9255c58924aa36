import { encode } from 'uqr';

/**
 * The dark modules of a QR code of `text` (error correction M, a quiet zone of 4 modules), as an
 * SVG path on a `size`×`size` grid: one `M x y h1 v1 h-1 z` square a module. Loaded on demand
 * by `<ck-certificate>` and by the PDF generator.
 *
 * @example
 * const { size, path } = qrPath('https://upg.example.go.id/sertifikat/IR-U73L-6GRV-A');
 */
export function qrPath(text: string): { size: number; path: string; modules: boolean[][] } {
  const qr = encode(text, { ecc: 'M', border: 4 });
  let path = '';
  qr.data.forEach((row, y) => row.forEach((dark, x) => void (dark && (path += `M${x} ${y}h1v1h-1z`))));
  return { size: qr.size, path, modules: qr.data };
}
