// Calendar dates as `yyyy-mm-dd` strings, and spreadsheet serial numbers. Pure arithmetic on UTC
// so a date never shifts with the machine's time zone.

const MS_PER_DAY = 86_400_000;
/** Day 0 of the 1900 date system as Excel counts it (it treats 1900 as a leap year, so day 60 is fictitious). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d);
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function isoFromUtcMs(ms: number): string {
  const dt = new Date(ms);
  return ymd(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

export function utcMsFromIso(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** A spreadsheet serial number (days, fraction = time of day) to a date. */
export function isoFromSerial(serial: number, date1904 = false): string {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  return isoFromUtcMs(epoch + Math.floor(serial) * MS_PER_DAY);
}

export function serialFromIso(iso: string, date1904 = false): number {
  const epoch = date1904 ? EPOCH_1904 : EPOCH_1900;
  return Math.round((utcMsFromIso(iso) - epoch) / MS_PER_DAY);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcMsFromIso(toIso) - utcMsFromIso(fromIso)) / MS_PER_DAY);
}

export function addDays(iso: string, days: number): string {
  return isoFromUtcMs(utcMsFromIso(iso) + days * MS_PER_DAY);
}

/**
 * A date typed as text: `2026-03-05`, `3/5/2026` (US order, as the sample users type it),
 * `3/5/26`, `5 March 2026`, `March 5, 2026`. Returns null when it is not a date.
 */
export function parseDateText(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (m !== null) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return validOrNull(y, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (m !== null) return validOrNull(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(t);
  if (m !== null) return validOrNull(Number(m[3]), monthNumber(m[2]!), Number(m[1]));
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m !== null) return validOrNull(Number(m[3]), monthNumber(m[1]!), Number(m[2]));
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function validOrNull(y: number, m: number, d: number): string | null {
  return isValidYmd(y, m, d) ? ymd(y, m, d) : null;
}
