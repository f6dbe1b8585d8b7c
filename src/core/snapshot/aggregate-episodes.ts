// Feeds episode records one at a time into the counts, medians and indicator tallies of one period.
// Keeps per child only what P1/P4 and S1 need (first entry, later removals, in-care spans), never rows.

import { AGE_GROUPS, DISCHARGE_REASONS, P4_EXIT_REASONS, PERMANENCY_REASONS, PLACEMENT_SETTINGS, PLACEMENT_TRIAL_HOME_VISIT, RACES, SEXES, ageGroup } from './codes';
import { REMOVAL_REASON_FIELDS } from './columns';
import { type Day, addYears, ageOn } from './day';
import type { Period } from './period';
import type { EpisodeRecord } from './records';
import { type Breakdown, Counter, DayHistogram } from './stats';

/** Days in "12 months" for P1 and re-entry: a discharge 365 days after entry counts, 366 does not. */
export const TWELVE_MONTHS = 365;
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

export interface TrendCounts {
  readonly period: Period;
  readonly entries: number;
  readonly exits: number;
  readonly inCare: number;
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
  readonly trends: readonly TrendCounts[];
  /** Latest date seen anywhere in the file, to tell when follow-up after the period is incomplete. */
  readonly latestDate: Day | null;
}

interface FirstEntry {
  removal: Day;
  exit: Day | null;
  reason: number;
  birthday18: Day;
  stay8: boolean;
}

interface ChildState {
  first: FirstEntry | null;
  /** Removal dates from the period start on, for re-entry. */
  removals: Day[];
}

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
  private readonly entryAge = new Counter(AGE_GROUPS);
  private readonly entryRace = new Counter(RACES);
  private readonly entrySex = new Counter(SEXES);
  private readonly entryReason = new Counter(REMOVAL_REASON_FIELDS.map((fd) => fd.label), false);
  private readonly exitReason = new Counter(DISCHARGE_REASONS);
  private readonly exitDays = new DayHistogram();
  private readonly inCareSetting = new Counter([...PLACEMENT_SETTINGS, 'Not recorded']);
  private readonly inCareDays = new DayHistogram();
  private placementsSum = 0;
  private placementsKnown = 0;
  private readonly p2 = { denominator: 0, numerator: 0 };
  private readonly p3 = { denominator: 0, numerator: 0 };
  private readonly p5 = { children: 0, days: 0, moves: 0 };
  private readonly s1 = { children: 0, days: 0 };
  private readonly children = new Map<string, ChildState>();
  /** Child id → flat [from, to) day pairs when a report counts as "in care" for S1. */
  private readonly spans = new Map<string, number[]>();
  private readonly trendPeriods: readonly Period[];
  private readonly trendCounts: { entries: number; exits: number; inCare: number }[];
  private latest: Day | null = null;

  constructor(
    readonly period: Period,
    trendPeriods: readonly Period[] = [period],
  ) {
    this.start = period.start;
    this.end = period.end;
    this.trendPeriods = trendPeriods;
    this.trendCounts = trendPeriods.map(() => ({ entries: 0, exits: 0, inCare: 0 }));
  }

  add(ep: EpisodeRecord): void {
    const { removal, discharge } = ep;
    const last = discharge ?? removal;
    if (this.latest === null || last > this.latest) this.latest = last;
    this.addTrends(removal, discharge);
    if (removal > this.end + 2 * TWELVE_MONTHS) return;
    const exit = effectiveExit(ep);
    if (removal >= this.start) this.addLaterRemoval(ep.childId, removal);
    if (discharge !== null && discharge < this.start) return;
    // From here on the episode touches the period (or is a re-entry after it): compute age once.
    const birthday18 = addYears(ep.dob, 18);
    const stay8 = exit === null || exit - removal >= MIN_STAY;
    if (removal >= this.start && removal <= this.end) this.addEntry(ep, exit, birthday18, stay8);
    if (discharge !== null && discharge >= this.start && discharge <= this.end) {
      this.exitReason.add(ep.dischargeReason);
      this.exitDays.add(discharge - removal);
    }
    if (removal <= this.end && (discharge === null || discharge > this.end)) {
      this.inCareSetting.add(ep.placement < 0 ? PLACEMENT_SETTINGS.length : ep.placement);
      this.inCareDays.add(this.end - removal);
      if (ep.placements > 0) {
        this.placementsSum += ep.placements;
        this.placementsKnown += 1;
      }
    }
    if (removal < this.start && (exit === null || exit > this.start)) this.addP2P3(ep, exit, birthday18);
    if (removal <= this.end && stay8) this.addS1(ep.childId, removal, exit, birthday18);
  }

  private addTrends(removal: Day, discharge: Day | null): void {
    for (let i = 0; i < this.trendPeriods.length; i++) {
      const p = this.trendPeriods[i];
      const c = this.trendCounts[i];
      if (p === undefined || c === undefined) continue;
      if (removal >= p.start && removal <= p.end) c.entries += 1;
      if (discharge !== null && discharge >= p.start && discharge <= p.end) c.exits += 1;
      if (removal <= p.end && (discharge === null || discharge > p.end)) c.inCare += 1;
    }
  }

  private addLaterRemoval(childId: string, removal: Day): void {
    const state = this.children.get(childId);
    if (state === undefined) this.children.set(childId, { first: null, removals: [removal] });
    else state.removals.push(removal);
  }

  private addEntry(ep: EpisodeRecord, exit: Day | null, birthday18: Day, stay8: boolean): void {
    this.entryAge.add(ageGroup(ageOn(ep.dob, ep.removal)));
    this.entryRace.add(ep.race);
    this.entrySex.add(ep.sex);
    this.entryReason.addBits(ep.removalReasons);
    const state = this.children.get(ep.childId);
    const entry: FirstEntry = { removal: ep.removal, exit, reason: ep.dischargeReason, birthday18, stay8 };
    if (state !== undefined && (state.first === null || ep.removal < state.first.removal)) state.first = entry;
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
    const inCareDays = this.start - ep.removal;
    const target = inCareDays >= 2 * TWELVE_MONTHS ? this.p3 : inCareDays >= TWELVE_MONTHS ? this.p2 : null;
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
    const spans = this.spans.get(childId);
    if (spans === undefined) this.spans.set(childId, [spanFrom, until]);
    else spans.push(spanFrom, until);
  }

  /** True when a report on `day` about this child falls in a stay S1 counts. Core-internal: ids never leave. */
  readonly inCareOn = (childId: string, day: Day): boolean => {
    const spans = this.spans.get(childId);
    if (spans === undefined) return false;
    for (let i = 0; i + 1 < spans.length; i += 2) if (day >= (spans[i] ?? 0) && day < (spans[i + 1] ?? 0)) return true;
    return false;
  };

  finish(): EpisodeAggregates {
    const p1 = { denominator: 0, numerator: 0 };
    const p4 = { denominator: 0, numerator: 0 };
    for (const state of this.children.values()) {
      const f = state.first;
      if (f === null || !f.stay8 || f.removal >= f.birthday18) continue;
      p1.denominator += 1;
      const exitedIn12 = f.exit !== null && f.exit - f.removal <= TWELVE_MONTHS && f.exit < f.birthday18;
      if (exitedIn12 && PERMANENCY_REASONS.has(f.reason)) p1.numerator += 1;
      if (!exitedIn12 || f.exit === null || !P4_EXIT_REASONS.has(f.reason)) continue;
      p4.denominator += 1;
      const exit = f.exit;
      if (state.removals.some((r) => r > f.removal && r >= exit && r - exit <= TWELVE_MONTHS)) p4.numerator += 1;
    }
    return {
      period: this.period,
      entries: { byAge: this.entryAge.result(), byRace: this.entryRace.result(), bySex: this.entrySex.result(), byReason: this.entryReason.result() },
      exits: { byReason: this.exitReason.result(), medianDays: this.exitDays.median() },
      inCare: {
        bySetting: this.inCareSetting.result(),
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
      trends: this.trendPeriods.map((period, i) => ({ period, ...(this.trendCounts[i] ?? { entries: 0, exits: 0, inCare: 0 }) })),
      latestDate: this.latest,
    };
  }
}
