// The columns of the consolidated plan's "Plan" sheet, declared once: the plan writer lays the
// sheet out from them and the merge reads a previous plan back through them (--previous).

import type { ColumnDef } from '../layout/layout-types';
import { COLUMN_TYPES, PLAN_COLUMNS } from '../layout/columns';
import type { PlanStep } from './merge-types';

/** A column of the Plan sheet: a field of the step (`invalid`, what was typed in unreadable cells, is on the Problems sheet). */
export type PlanColumn = ColumnDef & { readonly key: Exclude<keyof PlanStep, 'invalid'> };

const { text } = COLUMN_TYPES;
const submitted = (key: PlanColumn['key']): PlanColumn => {
  const col = PLAN_COLUMNS.find((c) => c.key === key);
  if (col === undefined) throw new Error(`no plan column ${key}`);
  // In the consolidated plan every cell is the committee's to edit; codes are written as text.
  return { ...col, type: col.type.kind === 'date' ? col.type : text, input: 'always', required: false };
};

export const CONSOLIDATED_PLAN_COLUMNS: readonly PlanColumn[] = [
  submitted('stepId'),
  { key: 'groupId', header: 'Work group', type: text, input: 'always', width: 10, help: 'The work group whose plan section the step comes from.' },
  ...(['capacity', 'assessment', 'priorityIssue', 'goal', 'strategy', 'actionStep', 'leadPerson', 'leadOrganisation', 'partners', 'resources', 'fundingSource', 'startDate', 'targetDate', 'measure', 'baseline', 'target', 'status', 'progressNote'] as const).map(submitted),
  { key: 'barrier', header: 'Barrier', type: { kind: 'text', long: true }, input: 'always', width: 26, help: 'What blocks the step, from the group’s status update or the committee.' },
  { key: 'helpNeeded', header: 'Help needed', type: { kind: 'text', long: true }, input: 'always', width: 26, help: 'What help the group asks the Collaborative for.' },
  submitted('lastUpdate'),
  { key: 'overdue', header: 'Overdue', type: text, input: 'always', width: 9, help: 'OVERDUE when past the target date and not completed or dropped.' },
  { key: 'origin', header: 'Origin', type: text, input: 'always', width: 12, help: 'submission, carried (group sent nothing valid this round) or removed (gone from the group’s workbook).' },
];
