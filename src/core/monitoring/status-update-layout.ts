// The quarterly status-update workbook of one work group, declared as data like the assessment
// workbook: its own action steps (read-only) and the cells the group fills in. Rendered by the CLI's
// template writer and the add-in's layout renderer; read back by parseStatusUpdate.

import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import type { ColumnDef, TableSheet, WorkbookLayout } from '../layout/layout-types';
import { buildLists } from '../layout/lists';
import { LISTS_SHEET, META_SHEET, STATUS_UPDATE_SHEET } from '../layout/sheet-names';
import type { Meeting, PlanStep } from '../merge/merge-types';
import { STATUS_UPDATE_KIND, STATUS_UPDATE_SCHEMA_VERSION } from './monitoring-types';
import { COLUMN_TYPES } from '../layout/columns';

const { text, long, date } = COLUMN_TYPES;

export const STATUS_UPDATE_COLUMNS = [
  { key: 'stepId', header: 'Step id', type: text, input: 'never', width: 10, help: 'The step’s id in the plan. Never retype it.' },
  { key: 'capacity', header: 'Capacity', type: text, input: 'never', width: 9, help: 'The capacity the step improves.' },
  { key: 'goal', header: 'Goal', type: long, input: 'never', width: 26, help: 'The goal the step serves.' },
  { key: 'actionStep', header: 'Action step', type: long, input: 'never', width: 34, help: 'The step as the plan has it.' },
  { key: 'leadPerson', header: 'Lead person', type: text, input: 'never', width: 16, help: 'Who leads the step.' },
  { key: 'currentStatus', header: 'Status in the plan', type: text, input: 'never', width: 13, help: 'The status the plan has now.' },
  { key: 'currentTarget', header: 'Target date in the plan', type: date, input: 'never', width: 12, help: 'The target date the plan has now.' },
  { key: 'status', header: 'New status', type: { kind: 'choice', list: 'status' }, input: 'always', width: 14, help: 'Not started, In progress, Completed, Barrier or Dropped. Leave blank if unchanged.' },
  { key: 'progressNote', header: 'Progress note', type: long, input: 'always', width: 34, help: 'What happened since the last meeting.' },
  { key: 'revisedTargetDate', header: 'Revised target date', type: date, input: 'always', width: 13, help: 'Only if the target date must move, e.g. 2028-03-31 or 3/31/2028.' },
  { key: 'barrier', header: 'Barrier', type: long, input: 'always', width: 30, help: 'What is in the way, if anything.' },
  { key: 'helpNeeded', header: 'Help needed', type: long, input: 'always', width: 30, help: 'What help the group asks the Collaborative for.' },
] as const satisfies readonly ColumnDef[];

export interface StatusUpdateStamp {
  readonly updateId: string;
  readonly createdAt: string;
  readonly generator: string;
  /** The plan's as-of date, and the meeting this round prepares. */
  readonly asOf: string;
  readonly meeting: Meeting | null;
}

/** Only the group's live steps: removed and dropped ones have nothing left to report. */
export function stepsToUpdate(group: WorkGroup, steps: readonly PlanStep[]): PlanStep[] {
  return steps.filter((s) => s.groupId === group.id && s.origin !== 'removed' && s.status.toLowerCase() !== 'dropped');
}

export function buildStatusUpdateLayout(j: Jurisdiction, group: WorkGroup, steps: readonly PlanStep[], stamp: StatusUpdateStamp): WorkbookLayout {
  const own = stepsToUpdate(group, steps);
  const round = stamp.meeting === null ? `as of ${stamp.asOf}` : `${stamp.meeting.name}, ${stamp.meeting.date}`;
  return {
    sheets: [statusUpdateTable(group, own, round)],
    lists: buildLists(j, group),
    listsSheet: LISTS_SHEET,
    metaSheet: META_SHEET,
    meta: [
      ['kind', STATUS_UPDATE_KIND],
      ['schemaVersion', STATUS_UPDATE_SCHEMA_VERSION],
      ['generator', stamp.generator],
      ['updateId', stamp.updateId],
      ['jurisdictionId', j.id],
      ['workGroupId', group.id],
      ['workGroupName', group.name],
      ['asOf', stamp.asOf],
      ['round', round],
      ['createdAt', stamp.createdAt],
      ['submittedAt', ''],
    ],
  };
}

export function statusUpdateTable(group: WorkGroup, steps: readonly PlanStep[], round: string): TableSheet & { readonly columns: typeof STATUS_UPDATE_COLUMNS } {
  return {
    kind: 'table',
    name: STATUS_UPDATE_SHEET,
    table: 'statusUpdate',
    capacity: null,
    title: `${group.name}: quarterly status update`,
    subtitle: `For ${round}. ${steps.length} action steps of ${group.id}.`,
    instructions: 'Fill in only what changed since the last meeting. Grey cells are the plan as it stands; leave them as they are.',
    headerRow: 5,
    columns: STATUS_UPDATE_COLUMNS,
    rows: steps.map((s) => ({ stepId: s.stepId, capacity: s.capacity, goal: s.goal, actionStep: s.actionStep, leadPerson: s.leadPerson, currentStatus: s.status, currentTarget: s.targetDate })),
  };
}
