// Feeds report records (one per child per report) into the front-door counts, S1's numerator and
// S2's recurrence tally. Per child it keeps only victim report days inside the follow-up window.

import { AGE_GROUPS, DISPOSITIONS, MALTREATMENT_TYPES, RACES, SEXES, ageGroup } from './codes';
import { TWELVE_MONTHS, type Ratio, breakdown, within12Months } from './aggregate-episodes';
import type { Day } from './day';
import type { Period } from './period';
import { type PeriodSeries, PeriodIndex, type ReportPeriodCounts, SeriesBuilder, emptyReportCounts } from './period-counts';
import type { ReportRecord } from './records';
import { IdTable, IntColumn, PairLists } from './id-table';
import { type Breakdown, Counter } from './stats';

/** S2 does not count a second report this many days or fewer after the first: it is the same incident. */
export const S2_SAME_INCIDENT_DAYS = 14;

export const REPORT_AGE_GROUPS = [...AGE_GROUPS, 'Unknown'] as const;

export interface ReportAggregates {
  readonly period: Period;
  readonly byDisposition: Breakdown;
  readonly victimsByAge: Breakdown;
  readonly victimsByRace: Breakdown;
  readonly victimsBySex: Breakdown;
  /** Substantiated or indicated child-reports by maltreatment type; a report can name several types. */
  readonly victimReportsByType: Breakdown;
  /** Victim reports in the period while in care (S1 numerator). */
  readonly s1Victimizations: number;
  readonly s2: Ratio;
  /** Dispositions and maltreatment types for every period from the data's first to this one. */
  readonly periods: PeriodSeries<ReportPeriodCounts>;
  readonly earliestDate: Day | null;
  readonly latestDate: Day | null;
}

/**
 * Report aggregates before S1 is matched with the episodes. `s1Pending` holds child ids: it stays
 * inside the run and is consumed by `completeReports`, never rendered.
 */
export interface ReportPartial extends Omit<ReportAggregates, 's1Victimizations'> {
  readonly s1Flagged: number;
  readonly s1Pending: readonly { readonly childId: string; readonly day: Day }[];
}

/** How many of the pending victim reports fall in a counted stay. */
export function countInCare(pending: ReportPartial['s1Pending'], inCare: InCareLookup): number {
  let n = 0;
  for (const { childId, day } of pending) if (inCare(childId, day)) n += 1;
  return n;
}

/** Drops the child ids and adds S1's numerator. */
export function completeReports(partial: ReportPartial, pendingInCare: number): ReportAggregates {
  const { s1Flagged, s1Pending: _ids, ...rest } = partial;
  return { ...rest, s1Victimizations: s1Flagged + pendingInCare };
}

/** Answers "was this child in a counted foster care stay on that day?" from the episodes. */
export type InCareLookup = (childId: string, day: Day) => boolean;

/** "No report in the period yet" (days before 1970 are negative). */
const NONE = -2147483648;

/** The age group index of "18 or older", which S2 leaves out. */
const AGE_18_PLUS = AGE_GROUPS.length - 1;

const isVictim = (disposition: number): boolean => disposition === 0 || disposition === 1;

export class ReportAggregator {
  private readonly index: PeriodIndex;
  private readonly periods = new SeriesBuilder<ReportPeriodCounts>(emptyReportCounts);
  /** Victims as indexes (ids never leave the core): first report day in the period, who they were then, every report day. */
  private readonly victims = new IdTable();
  private readonly first = new IntColumn(NONE);
  /** Age group, race and sex of the first report, packed: age * 100 + race * 10 + sex. */
  private readonly who = new IntColumn(0);
  private readonly days = new PairLists();
  /** Victim reports in the period with no in-care flag: resolved against the episodes at the end. */
  private readonly s1Pending: { childId: string; day: Day }[] = [];
  private s1Flagged = 0;
  private earliest: Day | null = null;
  private latest: Day | null = null;

  constructor(readonly period: Period) {
    this.index = new PeriodIndex(period);
  }

  add(rep: ReportRecord): void {
    const { date } = rep;
    if (this.latest === null || date > this.latest) this.latest = date;
    if (this.earliest === null || date < this.earliest) this.earliest = date;
    const victim = isVictim(rep.disposition);
    const at = this.index.indexOf(date);
    if (at <= 0) {
      const c = this.periods.at(at);
      c.byDisposition[rep.disposition] = (c.byDisposition[rep.disposition] ?? 0) + 1;
      if (victim) for (let i = 0; i < c.victimReportsByType.length; i++) if ((rep.maltreatment & (1 << i)) !== 0) c.victimReportsByType[i] = (c.victimReportsByType[i] ?? 0) + 1;
    }
    const { start, end } = this.period;
    const inPeriod = at === 0;
    if (!victim || date < start || date > end + TWELVE_MONTHS) return;
    if (inPeriod) {
      if (rep.inFosterCare === true) this.s1Flagged += 1;
      else if (rep.inFosterCare === undefined) this.s1Pending.push({ childId: rep.childId, day: date });
    }
    const age = rep.age < 0 ? REPORT_AGE_GROUPS.length - 1 : ageGroup(rep.age);
    const packedWho = age * 100 + rep.race * 10 + rep.sex;
    const v = this.victims.intern(rep.childId);
    this.days.add(v, date);
    const first = this.first.get(v);
    if (inPeriod && (first === NONE || date < first)) {
      this.first.set(v, date);
      this.who.set(v, packedWho);
    }
  }

  /** Everything but S1's match against the episodes, as plain data (it can cross a worker boundary). */
  finishPartial(): ReportPartial {
    const byAge = new Counter(REPORT_AGE_GROUPS);
    const byRace = new Counter(RACES);
    const bySex = new Counter(SEXES);
    const s2 = { denominator: 0, numerator: 0 };
    for (let v = 0; v < this.victims.size; v++) {
      const first = this.first.get(v);
      if (first === NONE) continue;
      const who = this.who.get(v);
      const age = Math.floor(who / 100);
      byAge.add(age);
      byRace.add(Math.floor(who / 10) % 10);
      bySex.add(who % 10);
      // S2 follows children: a victim aged 18 or over at the first report is left out (CCWIP).
      if (age === AGE_18_PLUS) continue;
      s2.denominator += 1;
      if (this.days.some(v, (d) => d - first > S2_SAME_INCIDENT_DAYS && within12Months(first, d))) s2.numerator += 1;
    }
    const periods = this.periods.result();
    const now = periods.counts[periods.counts.length - 1] ?? emptyReportCounts();
    return {
      s1Flagged: this.s1Flagged,
      s1Pending: this.s1Pending,
      period: this.period,
      byDisposition: breakdown(DISPOSITIONS, now.byDisposition),
      victimsByAge: byAge.result(),
      victimsByRace: byRace.result(),
      victimsBySex: bySex.result(),
      victimReportsByType: { ...breakdown(MALTREATMENT_TYPES, now.victimReportsByType), additive: false, total: (now.byDisposition[0] ?? 0) + (now.byDisposition[1] ?? 0) },
      s2,
      periods,
      earliestDate: this.earliest,
      latestDate: this.latest,
    };
  }
}
