// The consolidated plan workbook as the documents read it back: what its sheets say now, committee
// edits included (never plan.json, which nobody edits). The pipeline's reader finds each table by its
// header row wherever it is and turns its rows into these types; the documents never see a cell.

import type { PlanStep, ReportConclusion, ReportItem, ReportNeed } from '../merge/merge-types';

export type Facts = readonly (readonly [label: string, text: string])[];

export interface GridTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** A capacity's Report sheet, section by section. */
export interface ReportSheetRead {
  /** From the sheet name "<capacity> Report". */
  readonly capacity: string;
  /** "S1 Safety Capacity 1". */
  readonly name: string;
  readonly outcome: string;
  /** The work groups assessing it, as the sheet names them ("WG1", "G001, G002 (1 without a valid submission yet)"). */
  readonly groups: string;
  /** '' while the cell still holds the invitation to write. */
  readonly executiveSummary: string;
  /** Each section's label/text lines, index 0 for section 1 … 6 for section 7 (lines people added included). */
  readonly facts: readonly Facts[];
  readonly practice: readonly ReportItem[];
  readonly leadership: readonly ReportItem[];
  readonly needs: readonly ReportNeed[];
  readonly conclusions: readonly ReportConclusion[];
}

/** A row of Ratings › Distribution of ratings. */
export interface DistributionRead {
  readonly capacity: string;
  readonly measure: string;
  /** counts[i]: how many rated level i+1. */
  readonly counts: readonly number[];
  readonly dontKnow: number;
  readonly unrated: number;
  readonly average: string;
}

/** A row of the Evidence sheet: an item a group rated or wrote on. */
export interface EvidenceRead extends ReportItem {
  readonly capacity: string;
  /** The assessment's short name: "Practice", "Leadership". */
  readonly assessment: string;
}

/** A row of the Services sheet. */
export interface ServiceRead {
  readonly low: boolean;
  readonly service: string;
  readonly provider: string;
  readonly listedBy: string;
  readonly capacities: readonly string[];
  readonly availability: string;
  readonly accessibility: string;
  readonly quality: string;
  readonly individualization: string;
  readonly concerns: string;
  readonly comments: string;
}

/** A row of the Needs sheet: the plan-wide rank of a service type. */
export interface NeedRankRead {
  readonly rank: number;
  readonly service: string;
}

export interface PlanWorkbook {
  /** The file name, for messages. */
  readonly file: string;
  readonly jurisdiction: { readonly id: string; readonly name: string };
  readonly asOf: string;
  /** The rating scale as the Ratings sheet heads its columns: "1 Not in place" …, and "Don't know". */
  readonly scale: { readonly levels: readonly string[]; readonly dontKnow: string };
  readonly reports: readonly ReportSheetRead[];
  readonly ratings: readonly DistributionRead[];
  readonly evidence: readonly EvidenceRead[];
  readonly services: readonly ServiceRead[];
  readonly needRanks: readonly NeedRankRead[];
  readonly steps: readonly PlanStep[];
  /** The Quarterly review sheet: its subtitle and its headed tables, in order, as written. */
  readonly review: { readonly subtitle: string; readonly sections: readonly { readonly title: string; readonly table: GridTable }[] };
}

/** The seven sections of a Service Array Assessment Report, in order (docsbay.net/the-service-array-assessment-report). */
export const REPORT_SECTIONS = [
  'Executive Summary',
  'Overview of the Data',
  'Assessment of Practice',
  'Assessment of Leadership and Systemic Culture',
  'Assessment of Current Services',
  'Assessment of Needed New Services',
  'Overall Conclusions',
] as const;
