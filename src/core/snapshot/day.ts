// Calendar days as integers (days since 1970-01-01, UTC) and the date parser for CSV values.
// Integers keep a million episodes cheap to compare and store; nothing here knows about time zones.

/** Days since 1970-01-01 in the proleptic Gregorian calendar. */
export type Day = number;

/** Excel's 1900 system: serial 25569 is 1970-01-01 (Excel counts a fictitious 1900-02-29 as serial 60). */
const EXCEL_1970 = 25_569;
const MIN_YEAR = 1900;
const MAX_YEAR = 2099;

export function dayFromYmd(y: number, m: number, d: number): Day | undefined {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return daysFromCivil(y, m, d);
}

/** Per month of 1900–2099 (index (y − 1900) * 12 + m − 1): its first day, and its length in days. */
const MONTH_START = new Int32Array((MAX_YEAR - MIN_YEAR + 1) * 12);
const MONTH_DAYS = new Uint8Array((MAX_YEAR - MIN_YEAR + 1) * 12);

/** Character code minus '0' of text[i]; outside 0–9 means not a digit. */
const digitAt = (text: string, i: number): number => text.charCodeAt(i) - 48;

/**
 * The plain `yyyy-mm-dd` form, which fills nearly every export: checked and converted with char
 * codes and the month tables. Returns -1 when `text` is anything else (the caller then tries the
 * other forms), else the day, or -2 when it has this form but is not a valid date in 1900–2099.
 */
export function parseIsoDay(text: string): number {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const y0 = digitAt(text, 0), y1 = digitAt(text, 1), y2 = digitAt(text, 2), y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5), m1 = digitAt(text, 6), d0 = digitAt(text, 8), d1 = digitAt(text, 9);
  // An unsigned shift turns a negative difference into a huge number: one compare per character.
  if ((y0 >>> 0) > 9 || (y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (m0 >>> 0) > 9 || (m1 >>> 0) > 9 || (d0 >>> 0) > 9 || (d1 >>> 0) > 9) return -2;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return -2;
  const at = (y - MIN_YEAR) * 12 + m - 1;
  if (d > (MONTH_DAYS[at] ?? 0)) return -2;
  return (MONTH_START[at] ?? 0) + d - 1;
}

/** Howard Hinnant's days_from_civil: plain integer arithmetic, several times faster than Date.UTC. */
function daysFromCivil(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
  for (let m = 1; m <= 12; m++) {
    MONTH_START[(y - MIN_YEAR) * 12 + m - 1] = daysFromCivil(y, m, 1);
    MONTH_DAYS[(y - MIN_YEAR) * 12 + m - 1] = daysInMonth(y, m);
  }
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Howard Hinnant's civil_from_days, the inverse of daysFromCivil. */
export function ymdFromDay(day: Day): Ymd {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function formatDay(day: Day): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The same calendar date `years` later: a birthday. A 29 February birth date reaches its
 * birthday on 1 March in common years (the day after 28 February has passed).
 */
export function addYears(day: Day, years: number): Day {
  const { year, month, day: d } = ymdFromDay(day);
  if (month === 2 && d === 29 && daysInMonth(year + years, 2) === 28) return daysFromCivil(year + years, 3, 1);
  return daysFromCivil(year + years, month, d);
}

/** Whole years of age on `on` for a child born on `dob`. */
export function ageOn(dob: Day, on: Day): number {
  const a = ymdFromDay(dob);
  const b = ymdFromDay(on);
  let age = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) age -= 1;
  // A 29 February child turns a year older on 1 March in common years, which the comparison above already gives.
  return age;
}

/** Parses digits in text[from, to) or returns -1. Faster than a RegExp on a million rows. */
function digits(text: string, from: number, to: number): number {
  if (to <= from) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Where the date part ends: before a time of day ("2024-01-05T00:00", "1/5/2024 0:00"). */
function dateEnd(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 84 /* T */) return i;
  }
  return text.length;
}

/**
 * A date written as ISO `yyyy-mm-dd`, US `m/d/yyyy`, or an Excel serial number (1900 system).
 * Returns `null` for blank text and `undefined` for text that is not a valid date in 1900–2099.
 */
export function parseDay(raw: string): Day | null | undefined {
  const n = raw.length;
  const text = n > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(n - 1) <= 32) ? raw.trim() : raw;
  if (text === '') return null;
  const iso = parseIsoDay(text);
  if (iso !== -1) return iso < 0 ? undefined : iso;
  const end = dateEnd(text);
  if (end === 10 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    return dayFromYmd(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
  }
  const slash1 = text.indexOf('/');
  if (slash1 > 0) {
    const slash2 = text.indexOf('/', slash1 + 1);
    if (slash2 < 0 || end - slash2 - 1 !== 4) return undefined;
    return dayFromYmd(digits(text, slash2 + 1, end), digits(text, 0, slash1), digits(text, slash1 + 1, slash2));
  }
  return parseExcelSerial(text);
}

function parseExcelSerial(text: string): Day | undefined {
  if (!/^\d{1,6}(\.\d+)?$/.test(text)) return undefined;
  const serial = Math.floor(Number(text));
  // Serial 60 is Excel's fictitious 1900-02-29; serials below 61 are in 1900 and shifted by a day.
  if (serial === 60 || serial < 1) return undefined;
  const day = serial < 60 ? serial - EXCEL_1970 + 1 : serial - EXCEL_1970;
  const { year } = ymdFromDay(day);
  return year >= MIN_YEAR && year <= MAX_YEAR ? day : undefined;
}

/** Whole calendar months from `from` to `to`, counted as age is: 2023-10-02 to 2024-10-01 is 11. */
export function completedMonths(from: Day, to: Day): number {
  const a = ymdFromDay(from);
  const b = ymdFromDay(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}
