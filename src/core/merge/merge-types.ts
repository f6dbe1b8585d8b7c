// The consolidated Resource and Capacity Development Plan as data: what the merge computes from all
// submissions, rendered to the plan workbook and to the JSON report (whose format this file documents).

import type { AssessmentId } from '../assessments';
import type { Issue } from '../issue';
import type { AssessmentProgress } from '../submission/completeness';
import type { Submission } from '../submission/submission-types';
import type { HistoryEntry, StatusUpdate } from '../monitoring/monitoring-types';
import type { UpdateReport } from '../monitoring/apply-monitoring';
import type { QuarterlyReview } from '../monitoring/quarterly-review';
import type { RosterSummary } from '../roster/roster-types';

/** One file found in the submissions folder, as read at the edge. */
export interface ReceivedFile {
  readonly file: string;
  /** File modification time (ISO), used when the workbook was never marked "Ready to submit". */
  readonly modifiedAt: string;
  readonly submission: Submission | null;
  /** Set when the file is a quarterly status-update workbook rather than an assessment workbook. */
  readonly update?: StatusUpdate | null;
  readonly issues: readonly Issue[];
}

/** empty: a valid workbook of the group's in which nothing was filled in yet. */
export type GroupState = 'received' | 'empty' | 'missing' | 'invalid';

export interface GroupStatus {
  readonly groupId: string;
  readonly groupName: string;
  readonly capacities: readonly string[];
  readonly dueDate: string;
  readonly state: GroupState;
  /** The submission merged (or the invalid file that seems to be this group's). */
  readonly file: string | null;
  /** When it was submitted: "Ready to submit" time, else the file's modification time. */
  readonly receivedAt: string | null;
  readonly late: boolean;
  readonly errors: number;
  readonly warnings: number;
  /** Older submissions of the same group that the newer one replaced. */
  readonly superseded: readonly string[];
  readonly progress: readonly AssessmentProgress[];
  /** The share of the workbook done, 0..1: the mean of `progress`. */
  readonly done: number;
}

/** Where a row of the plan came from: the group, its workbook, the sheet and the row. */
export interface RowSource {
  readonly groupId: string;
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
}

/**
 * A merged workbook's assessments and conclusions as they were read: every row, each cell as read
 * (and in a row's `invalid`, what was typed in cells that could not be read). The summaries condense,
 * these keep. Its action steps are the plan's `steps`.
 */
export type SubmittedWorkbook = Omit<Submission, 'plan'>;

export interface RatingSummary {
  readonly capacity: string;
  /** practice, leadership, or a service dimension (availability, accessibility, quality, individualization). */
  readonly measure: string;
  readonly label: string;
  /** counts[i] is how many rated level i+1. */
  readonly counts: readonly number[];
  readonly dontKnow: number;
  readonly unrated: number;
  readonly mean: number | null;
}

export type ServiceRating = 'availability' | 'accessibility' | 'quality' | 'individualization' | 'cultural' | 'evidenceBase';

export interface ServiceSummary {
  readonly service: string;
  readonly provider: string;
  readonly category: string;
  readonly catalogueId: string | null;
  readonly groups: readonly string[];
  readonly capacities: readonly string[];
  readonly coverage: readonly string[];
  readonly population: readonly string[];
  readonly funding: readonly string[];
  readonly slots: number | null;
  readonly waitWeeks: number | null;
  readonly availability: number | null;
  readonly accessibility: number | null;
  readonly quality: number | null;
  readonly individualization: number | null;
  readonly cultural: number | null;
  readonly evidenceBase: number | null;
  /** The ratings no group gave a number for, only "Don't know": shown as such, never as blank. */
  readonly dontKnow: readonly ServiceRating[];
  /** Why it stands out: rated low (≤ 2 on average) on availability or accessibility. */
  readonly concerns: readonly string[];
  readonly comments: readonly string[];
  /** Every row merged into this entry. */
  readonly sources: readonly RowSource[];
}

export interface NeedSummary {
  readonly rank: number;
  /** Every need the groups wrote under this service type, each once, highest priority first. */
  readonly needs: readonly string[];
  /** The service type the groups chose (from the catalogue, or typed); needs are counted by it. */
  readonly service: string;
  /** Every proposed service or practice, each once. */
  readonly proposed: readonly string[];
  readonly groups: readonly string[];
  readonly capacities: readonly string[];
  /** The highest priority any group gave it. */
  readonly priority: string;
  readonly estimatedNumber: number | null;
  readonly evidence: readonly string[];
  readonly partners: readonly string[];
  readonly population: readonly string[];
  readonly funding: readonly string[];
  readonly sources: readonly RowSource[];
}

export const PLAN_ORIGINS = ['submission', 'carried', 'removed'] as const;
export type PlanOrigin = (typeof PLAN_ORIGINS)[number];

export interface PlanStep {
  readonly stepId: string;
  readonly groupId: string;
  readonly capacity: string;
  /** An assessment id, or what the group typed when it is none. */
  readonly assessment: AssessmentId | (string & {});
  readonly priorityIssue: string;
  readonly goal: string;
  readonly strategy: string;
  readonly actionStep: string;
  readonly leadPerson: string;
  readonly leadOrganisation: string;
  readonly partners: string;
  readonly resources: string;
  readonly fundingSource: string;
  readonly startDate: string;
  readonly targetDate: string;
  readonly measure: string;
  readonly baseline: string;
  readonly target: string;
  readonly status: string;
  readonly progressNote: string;
  /** From the quarterly status updates (or the committee): what blocks the step, and the help asked for. */
  readonly barrier: string;
  readonly helpNeeded: string;
  readonly lastUpdate: string;
  /** Past its target date and neither completed nor dropped. */
  readonly overdue: boolean;
  /** submission: from this round's workbook; carried: its group sent nothing valid this time; removed: gone from its group's workbook. */
  readonly origin: PlanOrigin;
  /** What the group typed in cells of this row that could not be read (by field): reported, never lost. */
  readonly invalid?: Readonly<Record<string, string>>;
}

/** The committee-owned fields, carried from a previous plan when the committee edited them. */
export const COMMITTEE_FIELDS = ['status', 'progressNote', 'leadPerson', 'targetDate', 'barrier', 'helpNeeded'] as const;
export type CommitteeField = (typeof COMMITTEE_FIELDS)[number];

export interface StepChange {
  readonly stepId: string;
  readonly groupId: string;
  readonly change: 'added' | 'removed' | 'changed' | 'status' | 'conflict';
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export interface CapacityReport {
  readonly capacity: string;
  readonly label: string;
  readonly outcome: string;
  /** The work groups assessing this capacity, and how many of them sent a valid submission. */
  readonly groups: readonly string[];
  readonly received: number;
  /** Written by people in the plan's Report sheet and carried from merge to merge ('' until then). */
  readonly executiveSummary: string;
  readonly dataOverview: readonly (readonly [label: string, value: string])[];
  readonly practice: ItemFindings;
  readonly leadership: ItemFindings;
  readonly services: { readonly listed: number; readonly lowRated: readonly string[] };
  readonly needs: readonly ReportNeed[];
  readonly strengths: readonly ReportConclusion[];
  readonly gaps: readonly ReportConclusion[];
  /** Conclusions whose kind is neither strength nor gap (mistyped): shown, never dropped. */
  readonly otherConclusions: readonly ReportConclusion[];
}

export interface ItemFindings {
  readonly rated: number;
  /** Every item, deleted ones included (they count as not rated). */
  readonly total: number;
  readonly mean: number | null;
  readonly strongest: readonly string[];
  readonly weakest: readonly string[];
  /** Every item a group wrote something on: its rating, evidence and comment, attributed. */
  readonly notes: readonly ReportItem[];
}

export interface ReportItem {
  readonly groupId: string;
  readonly itemId: string;
  readonly item: string;
  /** As shown: "3", "Don't know", '' when not rated, or what was typed when it is no rating. */
  readonly rating: string;
  readonly evidence: string;
  readonly comment: string;
}

export interface ReportNeed {
  readonly groupId: string;
  readonly need: string;
  readonly service: string;
  readonly priority: string;
  readonly evidence: string;
  readonly proposed: string;
}

export interface ReportConclusion {
  readonly groupId: string;
  readonly kind: string;
  readonly finding: string;
  /** The assessment it comes from, as its short name ('' when not given). */
  readonly assessment: string;
  readonly evidence: string;
}

export interface Meeting {
  readonly number: number;
  readonly name: string;
  readonly date: string;
  /** full-day: the first three; quarterly: year one's half-day meetings; monitoring: year two's. */
  readonly kind: 'full-day' | 'quarterly' | 'monitoring';
  readonly purpose: string;
  /** What the steering committee brings to it, and which command or sheet makes it. */
  readonly needs: string;
}

export interface ConsolidatedPlan {
  readonly jurisdiction: { readonly id: string; readonly name: string; readonly state: string };
  readonly planPeriod: { readonly start: string; readonly end: string };
  /** The date overdue and late are judged against. */
  readonly asOf: string;
  readonly nextMeeting: Meeting | null;
  readonly groups: readonly GroupStatus[];
  readonly ratings: readonly RatingSummary[];
  readonly services: readonly ServiceSummary[];
  readonly needs: readonly NeedSummary[];
  readonly steps: readonly PlanStep[];
  readonly entries: readonly SubmittedWorkbook[];
  readonly reports: readonly CapacityReport[];
  readonly problems: readonly Issue[];
  /** Null when no previous plan was given. */
  readonly changes: readonly StepChange[] | null;
  /** Every change to a person-owned step field, dated, across all merges (the History sheet). */
  readonly history: readonly HistoryEntry[];
  /** The status-update workbooks found this round and what became of them. */
  readonly updates: readonly UpdateReport[];
  readonly review: QuarterlyReview;
  readonly roster: RosterSummary;
  readonly totals: {
    readonly files: number;
    readonly received: number;
    /** Received, but nothing filled in (counted in `received` too). */
    readonly empty: number;
    readonly missing: number;
    readonly invalid: number;
    readonly steps: number;
    readonly overdue: number;
    readonly errors: number;
    readonly warnings: number;
  };
}
