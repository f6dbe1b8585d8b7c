// The Snapshot as data: sections of aggregate tables with footnotes, the federal indicators and the
// notes. This published form is what the xlsx writer, the JSON file and the add-in all render.
// Only aggregates live here: no child id, no row, no date of birth can be put in these types.

import type { FileReadSummary } from './issue-log';
import type { LinearRelation } from './protection-prover';
import type { CommunityRecord } from './records';

export const SNAPSHOT_SCHEMA = 'service-array/snapshot@1';

/** count: children/episodes/reports; days: summed days; rate/percent/median/mean: derived numbers. */
export type CellKind = 'count' | 'days' | 'rate' | 'percent' | 'median' | 'mean' | 'text';

export interface SnapshotCell {
  readonly kind: CellKind;
  /** Null when suppressed or not available. */
  readonly value: number | string | null;
  readonly suppressed: boolean;
}

export interface SnapshotColumn {
  readonly header: string;
  readonly kind: CellKind;
}

export interface SnapshotRow {
  readonly label: string;
  readonly cells: readonly SnapshotCell[];
  readonly isTotal?: boolean;
}

export interface SnapshotTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly SnapshotColumn[];
  readonly rows: readonly SnapshotRow[];
  /** Draw the given column as bars (categories) or a line over time (trends). */
  readonly chart?: { readonly type: 'bar' | 'line'; readonly column: number };
  readonly footnotes: readonly string[];
}

export interface SnapshotSection {
  readonly id: 'summary' | 'front-door' | 'entries' | 'in-care' | 'exits' | 'indicators' | 'trends' | 'community';
  readonly title: string;
  readonly intro: string;
  readonly tables: readonly SnapshotTable[];
}

export type IndicatorCode = 'P1' | 'P2' | 'P3' | 'P4' | 'P5' | 'S1' | 'S2';

export interface IndicatorResult {
  readonly code: IndicatorCode;
  readonly name: string;
  /** "percent", "per 1,000 days in care", "per 100,000 days in care". */
  readonly unit: string;
  /** true: a higher value is better (P1–P3); false: lower is better. */
  readonly higherIsBetter: boolean;
  readonly denominatorLabel: string;
  readonly numeratorLabel: string;
  readonly denominator: number | null;
  readonly numerator: number | null;
  readonly value: number | null;
  readonly suppressed: boolean;
  /** Why there is no value: suppressed, no one in the cohort, or data missing. */
  readonly note?: string;
  readonly definition: string;
  readonly simplifications: string;
  /** The capacities this indicator speaks to, for each capacity report's "Overview of the Data". */
  readonly topics: readonly string[];
}

/** A community indicator as published: the value is null when suppressed. */
export interface CommunityRow extends CommunityRecord {
  readonly suppressed: boolean;
}

export interface SnapshotNote {
  readonly title: string;
  readonly text: string;
}

export interface Snapshot {
  readonly schema: typeof SNAPSHOT_SCHEMA;
  readonly title: string;
  readonly jurisdiction: string;
  readonly period: { readonly label: string; readonly start: string; readonly end: string };
  readonly suppression: { readonly threshold: number; readonly marker: string; readonly rule: string };
  readonly sections: readonly SnapshotSection[];
  readonly indicators: readonly IndicatorResult[];
  readonly community: readonly CommunityRow[];
  readonly notes: readonly SnapshotNote[];
  /** Rows skipped and issue counts per input file (not the rows read: see PublishedFileSummary). */
  readonly inputs: readonly PublishedFileSummary[];
  /** Set when the threshold is below the default: the Snapshot is for the agency, not for the public. */
  readonly notForPublication?: true;
}

/**
 * A file summary as published. How many rows a file has is left out: with the trends it would be one
 * more published sum over the counts (every episode is an entry in some period).
 */
export type PublishedFileSummary = Omit<FileReadSummary, 'rows'>;

// ---- Drafts: the same tables before suppression, with true values and the identities suppression needs.

export interface DraftCell {
  readonly kind: CellKind;
  readonly value: number | string | null;
  /**
   * Identity of a count across the whole Snapshot: the same key always holds the same number (the
   * entries total in the entries table and in the trend table), so it is hidden everywhere or nowhere.
   */
  readonly key?: string;
  /** Keys of the counts this derived number is built on; hidden when any of them is. */
  readonly basis?: readonly string[];
  /** Set by suppression. */
  hidden?: boolean;
}

export interface DraftRow {
  readonly label: string;
  readonly cells: DraftCell[];
  readonly isTotal?: boolean;
}

export interface DraftTable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly SnapshotColumn[];
  readonly rows: DraftRow[];
  /** What an outsider knows about the counts of this table: total = Σ parts, or each part ≤ total. */
  readonly relations: readonly LinearRelation[];
  readonly chart?: { readonly type: 'bar' | 'line'; readonly column: number };
  readonly footnotes: readonly string[];
}
