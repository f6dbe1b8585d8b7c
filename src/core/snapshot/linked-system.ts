// Every published count as one linked system: the keys of the period-stable tables of every period from
// the data's first to this release (trend row, breakdowns, stock and flow), the identities between them,
// and the sums that other releases' indicators lean on. Suppression and its checker both work on this.

import type { EpisodePeriodCounts, PeriodSeries, ReportPeriodCounts } from './period-counts';
import { emptyEpisodeCounts, emptyReportCounts, sum } from './period-counts';
import type { LinearRelation } from './protection-prover';

export interface LinkedCell {
  readonly value: number;
  /** The period the count belongs to, relative to this release (0); every release shows it the same. */
  readonly period: number;
  /** Period-stable (trend rows and the breakdowns of their totals) rather than this release's alone. */
  readonly core: boolean;
}

/** A sum other releases' indicators are bounded by (e.g. P1's cohort ≤ entries under 18). */
export interface SensitiveSum {
  /** The release whose own tables lean on it: period t's entries for release t, in care at its end for t + 1. */
  readonly release: number;
  readonly terms: LinearRelation['terms'];
  /**
   * When set, witnesses may lower the sum down to this value rather than only keep it: the release that
   * leans on it hides those tables whenever the sum is hidden (see `hideTogether`), leaving only this bound.
   */
  readonly floor?: number;
}

/** When `when` is hidden, these counts of this release's tables are hidden too (those that are not zero). */
export interface HideTogether {
  readonly when: string;
  readonly hide: readonly string[];
}

export interface LinkedSystem {
  readonly cells: Map<string, LinkedCell>;
  readonly relations: LinearRelation[];
  readonly sensitive: SensitiveSum[];
  readonly hideTogether?: readonly HideTogether[];
}

/** Keys of the period-stable counts of the period labelled `p`. */
export const coreKeys = {
  entries: (p: string) => `entries@${p}`,
  exits: (p: string) => `exits@${p}`,
  inCare: (p: string) => `inCare@${p}`,
  childReports: (p: string) => `childReports@${p}`,
  victimReports: (p: string) => `victimReports@${p}`,
  part: (table: string, p: string, i: number) => `${table}@${p}.${i}`,
};

/** Index of "18 or older" in the age groups. */
export const AGE_18_PLUS_INDEX = 4;

export const eq = (...terms: (readonly [string, number])[]): LinearRelation => ({ terms, op: 'eq' });
export const le = (...terms: (readonly [string, number])[]): LinearRelation => ({ terms, op: 'le' });

/** total = Σ parts as a relation. */
export const additive = (total: string, parts: readonly string[]): LinearRelation => eq([total, 1], ...parts.map((p) => [p, -1] as const));

export function coreSystem(
  episodes: PeriodSeries<EpisodePeriodCounts>,
  reports: PeriodSeries<ReportPeriodCounts> | null,
  labelAt: (index: number) => string,
  /** The earliest period any published table shows (the trend window's first row), ≤ 0. */
  shownFrom = -1,
): LinkedSystem {
  const cells = new Map<string, LinkedCell>();
  const relations: LinearRelation[] = [];
  const sensitive: SensitiveSum[] = [];
  // One period before the data too, so "in care before the first entry" (0) is a published row.
  const first = Math.min(episodes.first, reports?.first ?? 0, -1, shownFrom);
  const put = (key: string, value: number, period: number): string => {
    cells.set(key, { value, period, core: true });
    return key;
  };
  const parts = (table: string, p: string, period: number, counts: readonly number[]): string[] =>
    counts.map((v, i) => put(coreKeys.part(table, p, i), v, period));
  let previousInCare: string | null = null;
  for (let t = first; t <= 0; t++) {
    const p = labelAt(t);
    const e = episodes.counts[t - episodes.first] ?? emptyEpisodeCounts();
    const entries = put(coreKeys.entries(p), sum(e.entriesByAge), t);
    const age = parts('entries.age', p, t, e.entriesByAge);
    relations.push(additive(entries, age));
    relations.push(additive(entries, parts('entries.race', p, t, e.entriesByRace)));
    relations.push(additive(entries, parts('entries.sex', p, t, e.entriesBySex)));
    for (const reason of parts('entries.reason', p, t, e.entriesByReason)) relations.push(le([reason, 1], [entries, -1]));
    const exits = put(coreKeys.exits(p), sum(e.exitsByReason), t);
    relations.push(additive(exits, parts('exits.reason', p, t, e.exitsByReason)));
    const inCare = put(coreKeys.inCare(p), sum(e.inCareBySetting), t);
    relations.push(additive(inCare, parts('incare.setting', p, t, e.inCareBySetting)));
    // Stock and flow: in care at the end = in care at the start + entries − exits, exactly.
    relations.push(eq([inCare, 1], [entries, -1], [exits, 1], ...(previousInCare === null ? [] : [[previousInCare, -1] as const])));
    const under18 = [[entries, 1], [age[AGE_18_PLUS_INDEX] ?? entries, -1]] as const;
    // In care at the end bounds the next release's P2, P3 and S1 cohorts, which it hides with it: only "≥ 2" stays.
    sensitive.push({ release: t, terms: [[entries, 1]] }, { release: t, terms: under18 }, { release: t + 1, terms: [[inCare, 1]], floor: 2 });
    previousInCare = inCare;
    if (reports === null) continue;
    const r = reports.counts[t - reports.first] ?? emptyReportCounts();
    const childReports = put(coreKeys.childReports(p), sum(r.byDisposition), t);
    const disposition = parts('reports.disposition', p, t, r.byDisposition);
    relations.push(additive(childReports, disposition));
    const victimReports = put(coreKeys.victimReports(p), (r.byDisposition[0] ?? 0) + (r.byDisposition[1] ?? 0), t);
    // The trend's substantiated-or-indicated column is substantiated + indicated.
    relations.push(additive(victimReports, disposition.slice(0, 2)));
    for (const type of parts('victims.type', p, t, r.victimReportsByType)) relations.push(le([type, 1], [victimReports, -1]));
    sensitive.push({ release: t, terms: [[victimReports, 1]] });
  }
  return { cells, relations, sensitive };
}
