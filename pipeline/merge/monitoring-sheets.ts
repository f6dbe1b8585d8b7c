// The plan's monitoring sheets: History (every dated change to a person-owned field, read back by the
// next merge) and the Quarterly review (progress, overdue, barriers, successes, measures).

import type ExcelJS from 'exceljs';
import { ALL_CHILDREN, HISTORY_COLUMNS, type ConsolidatedPlan, type QuarterlyReview, type ReviewStep, type StepMeasure } from '../../src/core';
import { STYLES, TABLE_HEADER_ROW, addTable, addTitle, addTitledTable, setStyled, statusLook, widen, type Column, type LookOf, type Value } from './sheet-kit';
import type { RowWriter } from './direct-rows';

// Excel reserves the sheet name "History" (change tracking), hence "Step history".
export const HISTORY_SHEET = 'Step history';
export const REVIEW_SHEET = 'Quarterly review';
export const HISTORY_HEADER_ROW = TABLE_HEADER_ROW;

export function writeHistorySheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const columns: Column[] = HISTORY_COLUMNS.map((c) => ({ header: c.header, width: c.width, kind: c.type.kind === 'text' && 'long' in c.type ? 'long' : 'text' }));
  const rows = plan.history.map((h): Value[] => HISTORY_COLUMNS.map((c) => h[c.key]));
  addTitledTable(ws, 'Step history', `${plan.history.length} recorded changes to status, progress note, lead, target date, barrier and help needed, oldest first. The next merge reads this sheet back: add to it, never delete.`, columns, rows, { filter: true, direct });
}

/**
 * The Quarterly review's tables, each on a sheet with tables of the same columns only (a number
 * never under another table's wider text column): the steps to celebrate, address and chase; the
 * progress per capacity and goal; the measures.
 */
export const REVIEW_SHEETS = [REVIEW_SHEET, 'Review progress', 'Review measures'] as const;

export function writeReviewSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const r = plan.review;
  const m = plan.nextMeeting;
  const completedColumns: Column[] = [...STEP_COLUMNS, { header: 'Completed on', width: 11, kind: 'date' }];
  // The tables' rows go straight to the sheet, which then writes its column widths: all of them first.
  widen(ws, completedColumns);
  addTitle(ws, 'Quarterly review', `${m === null ? 'As of' : `For ${m.name}, ${m.date}; as of`} ${r.asOf}. ${r.since === '' ? '' : `"Since the last meeting" counts from ${r.since}.`} Progress per goal and the measures are on the next two sheets.`);
  const tables = stackedTables(ws, direct, (values, c) => (c === STATUS_COLUMN ? statusLook(String(values[c] ?? '')) : undefined));
  tables.add(`Successes to celebrate: ${r.completed.length} completed since the last meeting`, completedColumns, r.completed.map((s) => [...stepValues(s), s.completedOn]));
  tables.add(`Barriers to address: ${r.barriers.length}`, STEP_COLUMNS, r.barriers.map(stepValues));
  tables.add(`Overdue steps: ${r.overdue.length}`, STEP_COLUMNS, r.overdue.map(stepValues));
}

export function writeReviewProgressSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const r = plan.review;
  const columns = progressColumns(r);
  widen(ws, columns);
  addTitle(ws, 'Progress per capacity and goal', `Steps by status as of ${r.asOf}; "Completed" is the share of a goal's steps completed.`);
  stackedTables(ws, direct).add('Progress per capacity and goal', columns, r.progress.map((p): Value[] => [p.capacity, p.goal, p.steps, ...p.byStatus, p.otherStatus, p.steps === 0 ? 0 : p.completed / p.steps, p.overdue]));
}

export function writeReviewMeasuresSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const r = plan.review;
  widen(ws, MEASURE_COLUMNS);
  addTitle(ws, 'Measures', 'Snapshot indicators named by steps. A measure for part of the children (an age group) is compared only with a Snapshot value for the same children: "not compared" otherwise.');
  stackedTables(ws, direct).add('Measures: Snapshot indicators named by steps', MEASURE_COLUMNS, r.measures.map(measureValues));
}

/** Tables one under another from row 4, each under its heading (the documents find them by it). */
function stackedTables(ws: ExcelJS.Worksheet, direct: RowWriter, look?: LookOf): { add(heading: string, columns: readonly Column[], rows: readonly (readonly Value[])[]): void } {
  let row = 4;
  return {
    add(heading, columns, rows) {
      setStyled(ws.getCell(row, 1), heading, STYLES.heading);
      row = addTable(ws, row + 1, columns, rows, { direct, ...(look === undefined ? {} : { look }) });
    },
  };
}

/** The review's step tables: with "Completed on", one landscape page wide at 75%. */
const STEP_COLUMNS: readonly Column[] = [
  { header: 'Step id', width: 9 }, { header: 'Work group', width: 8 }, { header: 'Capacity', width: 10 }, { header: 'Action step', width: 28, kind: 'long' },
  { header: 'Lead person', width: 12, kind: 'long' }, { header: 'Status', width: 11 }, { header: 'Target date', width: 11, kind: 'date' }, { header: 'Detail', width: 24, kind: 'long' },
];

const STATUS_COLUMN = STEP_COLUMNS.findIndex((c) => c.header === 'Status');

function stepValues(s: ReviewStep): Value[] {
  return [s.stepId, s.groupId, s.capacity, s.actionStep, s.leadPerson, s.status, s.targetDate, s.detail];
}

function progressColumns(r: QuarterlyReview): Column[] {
  return [{ header: 'Capacity', width: 10 }, { header: 'Goal', width: 30, kind: 'long' }, { header: 'Steps', width: 8, kind: 'number' }, ...r.statuses.map((s): Column => ({ header: s, width: 10, kind: 'number' })), { header: 'Other status', width: 10, kind: 'number' }, { header: 'Completed', width: 10, kind: 'percent' }, { header: 'Overdue', width: 10, kind: 'number' }];
}

const MEASURE_COLUMNS: readonly Column[] = [
  { header: 'Step id', width: 9 }, { header: 'Indicator', width: 10 }, { header: 'Measure', width: 26, kind: 'long' }, { header: 'Children', width: 12 }, { header: 'Baseline', width: 10, kind: 'number' }, { header: 'Target', width: 10, kind: 'number' },
  { header: 'Previous Snapshot', width: 14 }, { header: 'Newest Snapshot', width: 14 }, { header: 'Movement', width: 18 },
];

function measureValues(m: StepMeasure): Value[] {
  const shown = (v: StepMeasure['current']): Value => (v === null ? '' : `${v.value === null ? 'not available' : v.value} (${v.period}${(v.population ?? ALL_CHILDREN) === m.population ? '' : `, ${v.population ?? ALL_CHILDREN}`})`);
  const movement = m.movement === 'not compared' ? `not compared: the Snapshot's ${m.indicator} counts other children` : m.movement;
  return [m.stepId, m.indicator, m.measure, m.population, m.baseline, m.target, shown(m.previous), m.current === null ? 'give a newer Snapshot' : shown(m.current), movement];
}

/** The roster facts the Overview adds under the merge's own: what the steering committee acts on. */
export function rosterFacts(plan: ConsolidatedPlan): [string, Value][] {
  const r = plan.roster;
  const named = (state: 'missing' | 'thin'): string => r.categories.filter((c) => c.state === state).map((c) => c.category).join(', ') || 'none';
  const applied = plan.updates.filter((u) => u.state === 'applied');
  return [
    ['Members', `${r.active} active, ${r.left} left`],
    ['Categories missing', named('missing')],
    ['Categories thin', named('thin')],
    ['Engagement', r.engagementShown ? r.engagement.map((e) => `${e.colour} ${e.people.length}`).join(', ') : 'not in this plan: the committee\'s engagement colours stay in its roster (merge --engagement-colours adds them)'],
    ['At risk of dropping out', r.atRisk.length === 0 ? 'nobody' : r.atRisk.map((a) => `${a.name} (${a.reason})`).join('; ')],
    ['Status updates', `${applied.length} applied this round (${applied.reduce((n, u) => n + u.changes, 0)} changes, ${applied.reduce((n, u) => n + u.conflicts, 0)} conflicts)`],
    ['History', `${plan.history.length} recorded changes: see the Step history sheet`],
  ];
}
