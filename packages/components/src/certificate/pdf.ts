import { jsPDF } from 'jspdf';
import type { CertificateData } from './certificate-data';
import { qrPath } from './qr';

/** An image as PNG data at about 300 dpi for its size on the page, or null when it cannot load. */
async function png(src: string, widthMm: number): Promise<{ data: string; ratio: number } | null> {
  if (!src) return null;
  const img = new Image();
  img.crossOrigin = 'anonymous';
  img.src = src;
  try {
    await img.decode();
  } catch {
    return null;
  }
  const ratio = img.naturalHeight / img.naturalWidth || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round((widthMm / 25.4) * 300);
  canvas.height = Math.round(canvas.width * ratio);
  canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
  return { data: canvas.toDataURL('image/png'), ratio };
}

/**
 * The certificate as a PDF: one A4 landscape page, the same content as `<ck-certificate>` shows,
 * the QR code drawn as vector squares. Loaded only when the learner asks for the PDF (jsPDF is
 * about 120 KB gzip).
 *
 * @example
 * const blob = await certificatePdf(data);
 */
export async function certificatePdf(d: CertificateData): Promise<Blob> {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  const [W, H] = [297, 210];
  doc.setDocumentProperties({ title: `${d.heading} — ${d.learnerName}`, subject: d.courseTitle, creator: 'CourseKit' });
  doc.setLanguage(d.lang === 'id' ? 'id' : 'en');
  doc.setDrawColor(11, 92, 75);
  doc.setLineWidth(1.2);
  doc.rect(10, 10, W - 20, H - 20);
  doc.setLineWidth(0.3);
  doc.rect(13, 13, W - 26, H - 26);
  const [logo, signature, stamp] = await Promise.all([png(d.logoSrc, 30), png(d.signatureSrc, 50), png(d.stampSrc, 34)]);
  let y = 24;
  if (logo) {
    doc.addImage(logo.data, 'PNG', W / 2 - 10, y, 20, 20 * logo.ratio);
    y += 20 * logo.ratio + 8;
  } else y += 6;
  const centre = (text: string, size: number, style: 'normal' | 'bold' = 'normal', gap = size * 0.5) => {
    if (!text) return;
    doc.setFont('helvetica', style);
    doc.setFontSize(size);
    doc.text(text, W / 2, y, { align: 'center', maxWidth: W - 60 });
    y += gap;
  };
  doc.setTextColor(11, 92, 75);
  centre(d.heading, 26, 'bold', 11);
  doc.setTextColor(20, 20, 20);
  centre(d.awardedTo, 12, 'normal', 9);
  centre(d.learnerName, 22, 'bold', 8);
  centre([d.nip ? `NIP ${d.nip}` : '', d.unit].filter(Boolean).join('  ·  '), 12, 'normal', 9);
  centre(d.completed, 12, 'normal', 7);
  centre(d.courseTitle, 16, 'bold', 10);
  doc.setFontSize(10);
  const facts = d.facts.filter((f) => f.value);
  const colW = (W - 60) / Math.max(1, facts.length);
  facts.forEach((f, i) => {
    const x = 30 + colW * i + colW / 2;
    doc.setFont('helvetica', 'normal');
    doc.text(f.label, x, y, { align: 'center' });
    doc.setFont('helvetica', 'bold');
    doc.text(f.value, x, y + 5, { align: 'center' });
  });
  // The QR code and its URL, bottom left.
  if (d.verificationUrl) {
    const qr = qrPath(d.verificationUrl);
    const side = 30;
    const cell = side / qr.size;
    const [qx, qy] = [24, H - 24 - side];
    doc.setFillColor(0, 0, 0);
    qr.modules.forEach((row, r) => row.forEach((dark, c) => dark && doc.rect(qx + c * cell, qy + r * cell, cell, cell, 'F')));
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(8);
    doc.text([d.verifyLabel, d.verificationUrl], qx + side + 3, qy + side - 6, { maxWidth: 90 });
  }
  // Signature, stamp over it, name, title and NIP: bottom right.
  const sx = W - 95;
  const lineY = H - 40;
  if (signature) doc.addImage(signature.data, 'PNG', sx + 10, lineY - 50 * signature.ratio, 50, 50 * signature.ratio);
  if (stamp) doc.addImage(stamp.data, 'PNG', sx - 8, lineY - 30, 34, 34 * stamp.ratio);
  if (d.signatoryName) {
    doc.setDrawColor(20, 20, 20);
    doc.line(sx, lineY, sx + 70, lineY);
    doc.setFont('helvetica', 'bold');
    doc.setFontSize(10);
    doc.text(d.signatoryName, sx + 35, lineY + 5, { align: 'center' });
    doc.setFont('helvetica', 'normal');
    doc.setFontSize(9);
    doc.text([d.signatoryTitle, d.signatoryNip].filter(Boolean), sx + 35, lineY + 10, { align: 'center' });
  }
  return doc.output('blob');
}
