// Reporting periods: federal fiscal years (1 October – 30 September, named by the year they end),
// calendar years, and any 12 months from a given month. Pure day arithmetic.

import { type Day, dayFromYmd, formatDay, ymdFromDay } from './day';

export interface Period {
  /** "FFY2025", "CY2024" or "2024-07..2025-06". */
  readonly label: string;
  readonly start: Day;
  /** Inclusive last day. */
  readonly end: Day;
}

function must(day: Day | undefined): Day {
  if (day === undefined) throw new RangeError('period date out of range');
  return day;
}

export function federalFiscalYear(year: number): Period {
  return { label: `FFY${year}`, start: must(dayFromYmd(year - 1, 10, 1)), end: must(dayFromYmd(year, 9, 30)) };
}

/** The federal fiscal year a day falls in: 2024-10-01 → 2025. */
export function ffyOf(day: Day): number {
  const { year, month } = ymdFromDay(day);
  return month >= 10 ? year + 1 : year;
}

/** The latest federal fiscal year that ended before `today`. */
export function latestCompleteFfy(today: Day): Period {
  const ffy = ffyOf(today);
  // The fiscal year containing today is incomplete unless today is its last day... which still is not "complete" until tomorrow.
  return federalFiscalYear(ffy - 1);
}

/**
 * Reads `FFY2025` / `FY2025` / `2025` (federal fiscal year), `CY2024` (calendar year) or `2024-07`
 * (12 months from July 2024). Returns an error message for anything else.
 */
export function parsePeriod(text: string): Period | { readonly error: string } {
  const t = text.trim().toUpperCase();
  let m = /^(?:FFY|FY)?\s*(\d{4})$/.exec(t);
  if (m !== null) {
    const year = Number(m[1]);
    if (year >= 1901 && year <= 2099) return federalFiscalYear(year);
  }
  m = /^CY\s*(\d{4})$/.exec(t);
  if (m !== null) {
    const year = Number(m[1]);
    const start = dayFromYmd(year, 1, 1);
    const end = dayFromYmd(year, 12, 31);
    if (start !== undefined && end !== undefined) return { label: `CY${year}`, start, end };
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(t);
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const start = dayFromYmd(year, month, 1);
    const next = month === 1 ? dayFromYmd(year, 12, 1) : dayFromYmd(year + 1, month - 1, 1);
    if (start !== undefined && next !== undefined) {
      const end = monthEnd(next);
      return { label: `${formatDay(start).slice(0, 7)}..${formatDay(end).slice(0, 7)}`, start, end };
    }
  }
  return { error: `Period must be FFY2025, CY2024 or 2024-07 (12 months from that month), got "${text}"` };
}

function monthEnd(firstOfMonth: Day): Day {
  const { year, month } = ymdFromDay(firstOfMonth);
  const next = month === 12 ? dayFromYmd(year + 1, 1, 1) : dayFromYmd(year, month + 1, 1);
  return must(next) - 1;
}

/** The same kind of period `years` earlier, for trends. */
export function shiftPeriod(p: Period, years: number): Period {
  if (p.label.startsWith('FFY')) return federalFiscalYear(ffyOf(p.end) - years);
  const s = ymdFromDay(p.start);
  const e = ymdFromDay(p.end);
  const start = must(dayFromYmd(s.year - years, s.month, s.day));
  const end = monthEnd(must(dayFromYmd(e.year - years, e.month, 1)));
  const label = p.label.startsWith('CY') ? `CY${e.year - years}` : `${formatDay(start).slice(0, 7)}..${formatDay(end).slice(0, 7)}`;
  return { label, start, end };
}

/** The first and last date in the data (removals, discharges, reports). */
export interface DateRange {
  readonly first: Day;
  readonly last: Day;
}

const month = (day: Day): string => formatDay(day).slice(0, 7);

export function describeRange(range: DateRange): string {
  return `${month(range.first)} to ${month(range.last)}`;
}

/** The latest federal fiscal year that has ended within the data; else the one the data ends in. */
export function latestCoveredFfy(range: DateRange): Period {
  const current = federalFiscalYear(ffyOf(range.last));
  const ended = current.end <= range.last ? current : federalFiscalYear(ffyOf(range.last) - 1);
  return ended.end >= range.first ? ended : current;
}

/** Why `period` cannot be built from data covering `range` (it shares no day with it), or null. */
export function periodOutsideData(period: Period, range: DateRange): string | null {
  if (period.end >= range.first && period.start <= range.last) return null;
  const best = latestCoveredFfy(range);
  return (
    `The period ${period.label} (${formatDay(period.start)} to ${formatDay(period.end)}) is not covered by the data, which runs from ` +
    `${describeRange(range)}: choose a period within it, e.g. --period ${best.label}`
  );
}
