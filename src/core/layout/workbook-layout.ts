// Builds the whole declaration of one work group's workbook from the jurisdiction: the single
// source of truth rendered by the CLI's writer and the add-in, and re-derived by the reader.

import type { AssessmentItem } from '../defaults/assessment-items';
import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import { CONCLUSION_COLUMNS, ITEM_COLUMNS, NEED_COLUMNS, PLAN_COLUMNS, SERVICE_COLUMNS } from './columns';
import type { TableSheet, WorkbookLayout } from './layout-types';
import { buildLists } from './lists';
import { LISTS_SHEET, META_SHEET, sheetNameFor } from './sheet-names';
import { buildStartHere } from './start-here';
import { rulesMetaRows } from './carried-rules';

/** Bumped whenever a change to the layout would make older submissions read differently. */
export const SUBMISSION_SCHEMA_VERSION = '1';
export const HEADER_ROW = 5;

export interface TemplateStamp {
  readonly templateId: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly generator: string;
}

export function buildWorkbookLayout(j: Jurisdiction, group: WorkGroup, stamp: TemplateStamp): WorkbookLayout {
  return {
    sheets: [buildStartHere(j, group), ...buildTableSheets(j, group)],
    lists: buildLists(j, group),
    listsSheet: LISTS_SHEET,
    metaSheet: META_SHEET,
    meta: [
      ['schemaVersion', SUBMISSION_SCHEMA_VERSION],
      ['generator', stamp.generator],
      ['templateId', stamp.templateId],
      ['jurisdictionId', j.id],
      ['jurisdictionName', j.name],
      ['workGroupId', group.id],
      ['workGroupName', group.name],
      ['capacities', group.capacities.join(',')],
      ['dueDate', group.dueDate],
      ['createdAt', stamp.createdAt],
      ['submittedAt', ''],
      // Last, so a person who unhides the sheet sees the short keys first.
      ...rulesMetaRows(j, group),
    ],
  };
}

/**
 * The group's table sheets alone: all the reader needs besides the lists (the Start here sheet and
 * the carried rules cost a tenth of reading a submission, for nothing).
 */
export function buildTableSheets(j: Jurisdiction, group: WorkGroup): TableSheet[] {
  const tables: TableSheet[] = group.capacities.flatMap((capacityId) => capacitySheets(j, capacityId));
  tables.push(
    table('conclusions', null, {
      title: `${group.name}: Conclusions`,
      subtitle: 'Overall conclusions: the strengths and gaps your four assessments found, for each capacity.',
      instructions: 'One strength or gap per row. Gaps you write here are the starting point of your plan section.',
      columns: CONCLUSION_COLUMNS,
      rows: blank(j.settings.rows.conclusions),
    }),
    table('plan', null, {
      title: `${group.name}: Resource and Capacity Development Plan section`,
      subtitle: `Plan period ${j.planPeriod.start} to ${j.planPeriod.end}.`,
      instructions: 'One action step per row. Keep the step id in column A: the steering committee tracks the step by it.',
      columns: PLAN_COLUMNS,
      rows: Array.from({ length: j.settings.rows.actionSteps }, (_, i) => ({ stepId: stepId(group.id, i + 1, j.settings.rows.actionSteps) })),
    }),
  );
  return tables;
}

/** Step ids are fixed when the template is made, so the committee can follow a step across versions. */
export function stepId(groupId: string, n: number, total: number): string {
  return `${groupId}-${String(n).padStart(total >= 100 ? 3 : 2, '0')}`;
}

function capacitySheets(j: Jurisdiction, capacityId: string): TableSheet[] {
  const capacity = j.settings.capacities.find((c) => c.id === capacityId);
  const label = capacity === undefined ? capacityId : `${capacity.id} ${capacity.label}`;
  const outcome = capacity?.outcome ?? '';
  const itemRows = (items: readonly AssessmentItem[]): Record<string, string>[] => [
    ...items
      .filter((it) => it.capacities.length === 0 || it.capacities.includes(capacityId))
      .map((it) => ({ itemId: it.id, item: it.label, prompt: it.prompt })),
    ...blank(j.settings.rows.otherItems),
  ];
  return [
    table('practice', capacityId, {
      title: `${label}: Assessment of Practice`,
      subtitle: `Outcome: ${outcome}`,
      instructions: 'Rate how well each casework practice is in place today. Add practices of your own on the blank rows at the bottom.',
      columns: ITEM_COLUMNS,
      rows: itemRows(j.settings.practiceItems),
    }),
    table('leadership', capacityId, {
      title: `${label}: Assessment of Leadership and Systemic Culture`,
      subtitle: `Outcome: ${outcome}`,
      instructions: 'Rate how well leadership, policy and culture support this capacity today.',
      columns: ITEM_COLUMNS,
      rows: itemRows(j.settings.leadershipItems),
    }),
    table('services', capacityId, {
      title: `${label}: Assessment of Current Services`,
      subtitle: `Outcome: ${outcome}`,
      instructions: 'One row per service that exists today. Rate availability, accessibility, quality and individualization from 1 to 4.',
      columns: SERVICE_COLUMNS,
      rows: blank(j.settings.rows.services),
    }),
    table('needs', capacityId, {
      title: `${label}: Assessment of Needed New Services`,
      subtitle: `Outcome: ${outcome}`,
      instructions: 'One row per need that no current service meets. Say what in the Snapshot shows it.',
      columns: NEED_COLUMNS,
      rows: blank(j.settings.rows.needs),
    }),
  ];
}

function table(
  kind: TableSheet['table'],
  capacity: string | null,
  parts: Pick<TableSheet, 'title' | 'subtitle' | 'instructions' | 'columns' | 'rows'>,
): TableSheet {
  return { kind: 'table', name: sheetNameFor(kind, capacity), table: kind, capacity, headerRow: HEADER_ROW, ...parts };
}

function blank(n: number): Record<string, string>[] {
  return Array.from({ length: n }, () => ({}));
}
