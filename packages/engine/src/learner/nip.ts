/**
 * Why a text is not an NIP (Nomor Induk Pegawai, the Indonesian civil servant's number), or null:
 * - `length`: not 18 digits (spaces are allowed and ignored, nothing else)
 * - `birth-date`: digits 1–8 are not a real date of birth, YYYYMMDD
 * - `appointment`: digits 9–14 are not a year and month of appointment, YYYYMM, after the birth
 * - `gender`: digit 15 is not 1 (male) or 2 (female)
 * Digits 16–18 are a serial number, any value. (Peraturan BKN on the NIP of PNS; NI PPPK numbers
 * have the same shape.)
 */
export type NipProblem = 'length' | 'birth-date' | 'appointment' | 'gender';

/**
 * The NIP as digits only, the spaces a learner types to group it removed.
 *
 * @example
 * normalizeNip('19900101 201501 1 001'); // '199001012015011001'
 */
export function normalizeNip(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * Checks the form of an NIP: 18 digits, a real date of birth, a year and month of appointment
 * after it, a gender digit. It cannot tell whether the number was ever issued.
 *
 * @example
 * nipProblem('19900101 201501 1 001'); // null
 * nipProblem('199001012015013001'); // 'gender'
 */
export function nipProblem(text: string): NipProblem | null {
  const nip = normalizeNip(text);
  if (!/^\d{18}$/.test(nip)) return 'length';
  const [y, m, d] = [Number(nip.slice(0, 4)), Number(nip.slice(4, 6)), Number(nip.slice(6, 8))];
  const born = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || born.getUTCFullYear() !== y || born.getUTCMonth() !== m - 1 || born.getUTCDate() !== d) return 'birth-date';
  const [ay, am] = [Number(nip.slice(8, 12)), Number(nip.slice(12, 14))];
  if (am < 1 || am > 12 || ay * 12 + am <= y * 12 + m) return 'appointment';
  if (nip[14] !== '1' && nip[14] !== '2') return 'gender';
  return null;
}
