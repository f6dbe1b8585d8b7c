// Feeds episode records one at a time into the counts, medians and indicator tallies of one period.
// Keeps per child only what P1/P4 and S1 need (first entry, later removals, in-care spans), never rows.

import { AGE_GROUPS, DISCHARGE_REASONS, P4_EXIT_REASONS, PERMANENCY_REASONS, PLACEMENT_SETTINGS, PLACEMENT_TRIAL_HOME_VISIT, RACES, SEXES, ageGroup } from './codes';
import { REMOVAL_REASON_FIELDS } from './columns';
import { type Day, addYears, ageOn, completedMonths } from './day';
import type { Period } from './period';
import { type EpisodePeriodCounts, type PeriodSeries, PeriodIndex, SETTING_LABELS, SeriesBuilder, emptyEpisodeCounts, sum } from './period-counts';
import type { EpisodeRecord } from './records';
import { IdTable, IntColumn, PairLists } from './id-table';
import { type Breakdown, DayHistogram } from './stats';

/**
 * "Within 12 months" of a day, the same everywhere (P1, P4, S2): before its first anniversary. A
 * discharge on 2024-03-01 after an entry on 2023-03-01 is 12 months later, not within them.
 */
export function within12Months(from: Day, day: Day): boolean {
  return day < addYears(from, 1);
}

/** Upper bound in days of any 12-month follow-up, for cheap early exits (a leap year has 366). */
export const TWELVE_MONTHS = 366;
/** Stays shorter than this many days are left out of P1, P4, P5 and S1 (CFSR rule). */
export const MIN_STAY = 8;
/** A trial home visit longer than this ends the counted stay this many days after it began. */
export const THV_DAYS = 30;
/** S1 leaves out reports in the first days of a stay, which usually concern the removal itself. */
export const S1_SKIP_DAYS = 7;

export interface Ratio {
  readonly denominator: number;
  readonly numerator: number;
}

export interface PlacementStability {
  readonly children: number;
  readonly days: number;
  readonly moves: number;
}

export interface EpisodeAggregates {
  readonly period: Period;
  readonly entries: { readonly byAge: Breakdown; readonly byRace: Breakdown; readonly bySex: Breakdown; readonly byReason: Breakdown };
  readonly exits: { readonly byReason: Breakdown; readonly medianDays: number | null };
  readonly inCare: { readonly bySetting: Breakdown; readonly medianDays: number | null; readonly meanPlacements: number | null; readonly placementsKnown: number };
  readonly p1: Ratio;
  readonly p2: Ratio;
  readonly p3: Ratio;
  readonly p4: Ratio;
  readonly p5: PlacementStability;
  /** S1's denominator: children (episodes) and days in care in the period. */
  readonly s1Days: { readonly children: number; readonly days: number };
  /** Entries, exits and in care with their breakdowns for every period from the data's first to this one. */
  readonly periods: PeriodSeries<EpisodePeriodCounts>;
  /** Earliest and latest removal or discharge date in the file: the data's range. */
  readonly earliestDate: Day | null;
  readonly latestDate: Day | null;
}

/** "No day" in the per-child columns (days before 1970 are negative). */
const NONE = -2147483648;

/** When a stay ends for the indicators: the discharge, or 30 days into a trial home visit that lasted longer. */
export function effectiveExit(ep: EpisodeRecord): Day | null {
  if (ep.discharge === null) return null;
  if (ep.placement === PLACEMENT_TRIAL_HOME_VISIT && ep.placementStart !== null && ep.discharge - ep.placementStart > THV_DAYS) {
    return Math.max(ep.removal, ep.placementStart + THV_DAYS);
  }
  return ep.discharge;
}

export class EpisodeAggregator {
  private readonly start: Day;
  private readonly end: Day;
  private readonly index: PeriodIndex;
  private readonly periods = new SeriesBuilder<EpisodePeriodCounts>(emptyEpisodeCounts);
  private readonly exitDays = new DayHistogram();
  private readonly inCareDays = new DayHistogram();
  private placementsSum = 0;
  private placementsKnown = 0;
  private readonly p2 = { denominator: 0, numerator: 0 };
  private readonly p3 = { denominator: 0, numerator: 0 };
  private readonly p5 = { children: 0, days: 0, moves: 0 };
  private readonly s1 = { children: 0, days: 0 };
  /** Child ids as indexes into the per-child columns below (never published, never leaving the core). */
  private readonly ids = new IdTable();
  /** Each child's first entry in the period: removal, counted exit, discharge reason, 18th birthday, stay of 8+ days. */
  private readonly firstRemoval = new IntColumn(NONE);
  private readonly firstExit = new IntColumn(NONE);
  private readonly firstReason = new IntColumn(0);
  private readonly firstBirthday18 = new IntColumn(0);
  private readonly firstStay8 = new IntColumn(0);
  /** Removal dates from the period start on, for re-entry. */
  private readonly removals = new PairLists();
  /** [from, to) day pairs when a report counts as "in care" for S1. */
  private readonly spans = new PairLists();
  private earliest: Day | null = null;
  private latest: Day | null = null;

  constructor(readonly period: Period) {
    this.start = period.start;
    this.end = period.end;
    this.index = new PeriodIndex(period);
  }

  add(ep: EpisodeRecord): void {
    const { removal, discharge } = ep;
    const last = discharge ?? removal;
    if (this.latest === null || last > this.latest) this.latest = last;
    if (this.earliest === null || removal < this.earliest) this.earliest = removal;
    this.addPeriods(ep);
    if (removal > this.end + 2 * TWELVE_MONTHS) return;
    const exit = effectiveExit(ep);
    if (removal >= this.start) this.addLaterRemoval(ep.childId, removal);
    if (discharge !== null && discharge < this.start) return;
    // From here on the episode touches the period (or is a re-entry after it): compute age once.
    const birthday18 = addYears(ep.dob, 18);
    const stay8 = exit === null || exit - removal >= MIN_STAY;
    if (removal >= this.start && removal <= this.end) this.addEntry(ep, exit, birthday18, stay8);
    if (discharge !== null && discharge >= this.start && discharge <= this.end) this.exitDays.add(discharge - removal);
    if (removal <= this.end && (discharge === null || discharge > this.end)) {
      this.inCareDays.add(this.end - removal);
      if (ep.placements > 0) {
        this.placementsSum += ep.placements;
        this.placementsKnown += 1;
      }
    }
    if (removal < this.start && (exit === null || exit > this.start)) this.addP2P3(ep, exit, birthday18);
    if (removal <= this.end && stay8) this.addS1(ep.childId, removal, exit, birthday18);
  }

  /** The period-stable counts: the entry's, the exit's, and in care at the end of every period between. */
  private addPeriods(ep: EpisodeRecord): void {
    const ri = this.index.indexOf(ep.removal);
    if (ri > 0) return;
    const di = ep.discharge === null ? 1 : this.index.indexOf(ep.discharge);
    const entry = this.periods.at(ri);
    inc(entry.entriesByAge, ageGroup(ageOn(ep.dob, ep.removal)));
    inc(entry.entriesByRace, ep.race);
    inc(entry.entriesBySex, ep.sex);
    const reasons = entry.entriesByReason;
    for (let i = 0; i < reasons.length; i++) if ((ep.removalReasons & (1 << i)) !== 0) inc(reasons, i);
    if (di <= 0) inc(this.periods.at(di).exitsByReason, ep.dischargeReason);
    const setting = ep.placement < 0 ? PLACEMENT_SETTINGS.length : ep.placement;
    for (let t = ri, until = Math.min(di - 1, 0); t <= until; t++) inc(this.periods.at(t).inCareBySetting, setting);
  }

  private addLaterRemoval(childId: string, removal: Day): void {
    this.removals.add(this.ids.intern(childId), removal);
  }

  private addEntry(ep: EpisodeRecord, exit: Day | null, birthday18: Day, stay8: boolean): void {
    const child = this.ids.intern(ep.childId);
    const first = this.firstRemoval.get(child);
    if (first === NONE || ep.removal < first) {
      this.firstRemoval.set(child, ep.removal);
      this.firstExit.set(child, exit ?? NONE);
      this.firstReason.set(child, ep.dischargeReason);
      this.firstBirthday18.set(child, birthday18);
      this.firstStay8.set(child, stay8 ? 1 : 0);
    }
    // P5 counts every entry, not only a child's first.
    if (stay8 && ep.removal < birthday18 && ep.placements > 0) {
      const until = Math.min(exit ?? this.end + 1, this.end + 1, birthday18);
      this.p5.children += 1;
      this.p5.days += Math.max(0, until - ep.removal);
      this.p5.moves += ep.placements - 1;
    }
  }

  private addP2P3(ep: EpisodeRecord, exit: Day | null, birthday18: Day): void {
    if (this.start >= birthday18) return;
    // Whole calendar months in care on the first day, counted as age is: 12–23 is P2, 24 or more P3.
    const months = completedMonths(ep.removal, this.start);
    const target = months >= 24 ? this.p3 : months >= 12 ? this.p2 : null;
    if (target === null) return;
    target.denominator += 1;
    if (exit !== null && exit <= this.end && exit < birthday18 && PERMANENCY_REASONS.has(ep.dischargeReason)) target.numerator += 1;
  }

  private addS1(childId: string, removal: Day, exit: Day | null, birthday18: Day): void {
    const from = Math.max(removal, this.start);
    const until = Math.min(exit ?? this.end + 1, this.end + 1, birthday18);
    if (until <= from) return;
    this.s1.children += 1;
    this.s1.days += until - from;
    const spanFrom = Math.max(removal + S1_SKIP_DAYS, this.start);
    if (spanFrom >= until) return;
    this.spans.add(this.ids.intern(childId), spanFrom, until);
  }

  /** True when a report on `day` about this child falls in a stay S1 counts. Core-internal: ids never leave. */
  readonly inCareOn = (childId: string, day: Day): boolean => this.spans.some(this.ids.find(childId), (from, to) => day >= from && day < to);

  finish(): EpisodeAggregates {
    const p1 = { denominator: 0, numerator: 0 };
    const p4 = { denominator: 0, numerator: 0 };
    for (let child = 0; child < this.ids.size; child++) {
      const removal = this.firstRemoval.get(child);
      const birthday18 = this.firstBirthday18.get(child);
      if (removal === NONE || this.firstStay8.get(child) === 0 || removal >= birthday18) continue;
      p1.denominator += 1;
      const exit = this.firstExit.get(child);
      const reason = this.firstReason.get(child);
      const exitedIn12 = exit !== NONE && within12Months(removal, exit) && exit < birthday18;
      if (exitedIn12 && PERMANENCY_REASONS.has(reason)) p1.numerator += 1;
      if (!exitedIn12 || !P4_EXIT_REASONS.has(reason)) continue;
      p4.denominator += 1;
      if (this.removals.some(child, (r) => r > removal && r >= exit && within12Months(exit, r))) p4.numerator += 1;
    }
    const periods = this.periods.result();
    const now = periods.counts[periods.counts.length - 1] ?? emptyEpisodeCounts();
    return {
      period: this.period,
      entries: {
        byAge: breakdown(AGE_GROUPS, now.entriesByAge),
        byRace: breakdown(RACES, now.entriesByRace),
        bySex: breakdown(SEXES, now.entriesBySex),
        byReason: { ...breakdown(REMOVAL_REASON_FIELDS.map((fd) => fd.label), now.entriesByReason), additive: false, total: sum(now.entriesByAge) },
      },
      exits: { byReason: breakdown(DISCHARGE_REASONS, now.exitsByReason), medianDays: this.exitDays.median() },
      inCare: {
        bySetting: breakdown(SETTING_LABELS, now.inCareBySetting),
        medianDays: this.inCareDays.median(),
        meanPlacements: this.placementsKnown === 0 ? null : this.placementsSum / this.placementsKnown,
        placementsKnown: this.placementsKnown,
      },
      p1,
      p2: { ...this.p2 },
      p3: { ...this.p3 },
      p4,
      p5: { ...this.p5 },
      s1Days: { ...this.s1 },
      periods,
      earliestDate: this.earliest,
      latestDate: this.latest,
    };
  }
}

const inc = (xs: number[], i: number): void => {
  xs[i] = (xs[i] ?? 0) + 1;
};

export function breakdown(labels: readonly string[], counts: readonly number[]): Breakdown {
  return { labels, counts: [...counts], additive: true, total: sum(counts) };
}
