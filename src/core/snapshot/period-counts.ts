// The period-stable counts: for every 12-month period from the data's first up to the chosen one,
// entries, exits and in care with their breakdowns, and child-reports with dispositions and types.
// Each period's counts depend only on events up to its end, so every release shows them the same.

import { AGE_GROUPS, DISCHARGE_REASONS, DISPOSITIONS, MALTREATMENT_TYPES, PLACEMENT_SETTINGS, RACES, SEXES } from './codes';
import { REMOVAL_REASON_FIELDS } from './columns';
import { type Day, dayFromYmd, ymdFromDay } from './day';
import { type Period, shiftPeriod } from './period';

/** Episode counts of one period. Totals are the sums of the additive breakdowns. */
export interface EpisodePeriodCounts {
  readonly entriesByAge: number[];
  readonly entriesByRace: number[];
  readonly entriesBySex: number[];
  /** Non-additive: an entry can have several removal reasons. */
  readonly entriesByReason: number[];
  readonly exitsByReason: number[];
  /** In care on the period's last day, by placement setting (the last one recorded in the file). */
  readonly inCareBySetting: number[];
}

export interface ReportPeriodCounts {
  readonly byDisposition: number[];
  /** Non-additive: substantiated or indicated child-reports by maltreatment type. */
  readonly victimReportsByType: number[];
}

/** Periods from the data's first (index `first`, ≤ 0) to the chosen one (index 0), oldest first. */
export interface PeriodSeries<T> {
  readonly first: number;
  readonly counts: readonly T[];
}

export const SETTING_LABELS = [...PLACEMENT_SETTINGS, 'Not recorded'] as const;

const zeros = (n: number): number[] => new Array<number>(n).fill(0);

export function emptyEpisodeCounts(): EpisodePeriodCounts {
  return {
    entriesByAge: zeros(AGE_GROUPS.length),
    entriesByRace: zeros(RACES.length),
    entriesBySex: zeros(SEXES.length),
    entriesByReason: zeros(REMOVAL_REASON_FIELDS.length),
    exitsByReason: zeros(DISCHARGE_REASONS.length),
    inCareBySetting: zeros(SETTING_LABELS.length),
  };
}

export function emptyReportCounts(): ReportPeriodCounts {
  return { byDisposition: zeros(DISPOSITIONS.length), victimReportsByType: zeros(MALTREATMENT_TYPES.length) };
}

export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Which 12-month period (relative to the chosen one, 0) a day falls in: −1 the year before, and so on.
 * A table of period starts over 1900–2099 makes it two comparisons per day.
 */
export class PeriodIndex {
  /** starts[k] = first day of period k + offset. */
  private readonly starts: Int32Array;
  private readonly offset: number;

  constructor(readonly period: Period) {
    const { year, month } = ymdFromDay(period.start);
    this.offset = year - 1900 + 1;
    const n = this.offset + (2100 - year) + 1;
    this.starts = new Int32Array(n + 1);
    for (let k = 0; k <= n; k++) {
      const y = year - this.offset + k;
      this.starts[k] = dayFromYmd(Math.min(2099, Math.max(1900, y)), month, 1) ?? 0;
      if (y > 2099) this.starts[k] = 2147483647;
      if (y < 1900) this.starts[k] = -2147483648;
    }
  }

  indexOf(day: Day): number {
    // 365.2425 days a year on average: the guess is off by at most one period.
    let k = Math.floor((day - this.period.start) / 365.2425) + this.offset;
    if (k < 0) k = 0;
    if (k >= this.starts.length - 1) k = this.starts.length - 2;
    while (k > 0 && day < (this.starts[k] ?? 0)) k -= 1;
    while (k < this.starts.length - 2 && day >= (this.starts[k + 1] ?? 0)) k += 1;
    return k - this.offset;
  }

  periodAt(index: number): Period {
    return shiftPeriod(this.period, -index);
  }
}

/** Grows a series of per-period counts backwards as older periods appear. */
export class SeriesBuilder<T> {
  private first = 0;
  private readonly byIndex: T[] = [];

  constructor(private readonly make: () => T) {
    this.byIndex.push(make());
  }

  /** The counts of period `index` (≤ 0). */
  at(index: number): T {
    while (index < this.first) {
      this.byIndex.unshift(this.make());
      this.first -= 1;
    }
    return this.byIndex[index - this.first] as T;
  }

  result(): PeriodSeries<T> {
    return { first: this.first, counts: this.byIndex };
  }
}
