// Quarterly monitoring as data: a work group's status update, the plan's dated history of every
// change to a person-owned field, and the columns of the History sheet (written and read back).

import type { ColumnDef } from '../layout/layout-types';
import { COLUMN_TYPES } from '../layout/columns';

export interface StatusUpdateRow {
  readonly stepId: string;
  readonly status: string;
  readonly progressNote: string;
  readonly revisedTargetDate: string;
  readonly barrier: string;
  readonly helpNeeded: string;
  readonly row: number;
}

export interface StatusUpdate {
  readonly file: string;
  /** Unique per workbook made: the plan records it once applied, so the file is never applied twice. */
  readonly updateId: string;
  readonly groupId: string;
  /** The plan's "as of" when the workbook was made, and the meeting it prepares. */
  readonly asOf: string;
  readonly round: string;
  readonly submittedAt: string;
  readonly rows: readonly StatusUpdateRow[];
}

/** Where a change came from. conflict: a group's update lost to the committee's edit of the same field. */
export const HISTORY_SOURCES = ['submission', 'committee', 'update', 'conflict'] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

export interface HistoryEntry {
  /** The merge ("as of") that took the change into the plan. */
  readonly date: string;
  readonly stepId: string;
  readonly groupId: string;
  readonly field: string;
  readonly before: string;
  readonly after: string;
  readonly source: HistorySource;
  /** The file the change came from, or "plan edit" for the committee. */
  readonly by: string;
  readonly note: string;
}

export interface AppliedUpdate {
  readonly updateId: string;
  readonly file: string;
  readonly groupId: string;
  readonly appliedOn: string;
}

const { text, long } = COLUMN_TYPES;

export const HISTORY_COLUMNS = [
  { key: 'date', header: 'Date', type: text, input: 'always', width: 12, help: 'The merge that took the change into the plan.' },
  { key: 'stepId', header: 'Step id', type: text, input: 'always', width: 10, help: 'The action step.' },
  { key: 'groupId', header: 'Work group', type: text, input: 'always', width: 10, help: 'The step’s work group.' },
  { key: 'field', header: 'Field', type: text, input: 'always', width: 14, help: 'What changed.' },
  { key: 'before', header: 'Before', type: long, input: 'always', width: 36, help: 'The value before.' },
  { key: 'after', header: 'After', type: long, input: 'always', width: 36, help: 'The value after (for a conflict: the value that was not taken).' },
  { key: 'source', header: 'Source', type: text, input: 'always', width: 12, help: 'submission, committee, update or conflict.' },
  { key: 'by', header: 'By', type: text, input: 'always', width: 30, help: 'The file, or "plan edit" for the committee.' },
  { key: 'note', header: 'Note', type: long, input: 'always', width: 40, help: 'Why, when it needs saying.' },
] as const satisfies readonly ColumnDef[];

export const STATUS_UPDATE_KIND = 'status-update';
export const STATUS_UPDATE_SCHEMA_VERSION = '1';
