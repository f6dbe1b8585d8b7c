// The plan's monitoring sheets: History (every dated change to a person-owned field, read back by the
// next merge) and the Quarterly review (progress, overdue, barriers, successes, measures).

import type ExcelJS from 'exceljs';
import { HISTORY_COLUMNS, type ConsolidatedPlan, type QuarterlyReview, type ReviewStep, type StepMeasure } from '../../src/core';
import { STYLES, TABLE_HEADER_ROW, addTable, addTitle, setStyled, widen, type Column, type Value } from './sheet-kit';
import type { RowWriter } from './direct-rows';

// Excel reserves the sheet name "History" (change tracking), hence "Step history".
export const HISTORY_SHEET = 'Step history';
export const REVIEW_SHEET = 'Quarterly review';
export const HISTORY_HEADER_ROW = TABLE_HEADER_ROW;

export function writeHistorySheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  addTitle(ws, 'Step history', `${plan.history.length} recorded changes to status, progress note, lead, target date, barrier and help needed, oldest first. The next merge reads this sheet back: add to it, never delete.`);
  const columns: Column[] = HISTORY_COLUMNS.map((c) => ({ header: c.header, width: c.width, kind: c.type.kind === 'text' && 'long' in c.type ? 'long' : 'text' }));
  const rows = plan.history.map((h): Value[] => HISTORY_COLUMNS.map((c) => h[c.key]));
  addTable(ws, HISTORY_HEADER_ROW, columns, rows, { filter: true, direct });
}

export function writeReviewSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const r = plan.review;
  const m = plan.nextMeeting;
  addTitle(ws, 'Quarterly review', `${m === null ? 'As of' : `For ${m.name}, ${m.date}; as of`} ${r.asOf}. ${r.since === '' ? '' : `"Since the last meeting" counts from ${r.since}.`}`);
  const completedColumns: Column[] = [...STEP_COLUMNS, { header: 'Completed on', width: 12, kind: 'date' }];
  const progress = progressColumns(r);
  // The tables' rows go straight to the sheet, which then writes its column widths: all of them first.
  for (const columns of [completedColumns, progress, MEASURE_COLUMNS]) widen(ws, columns);
  let row = 4;
  const heading = (text: string): void => {
    setStyled(ws.getCell(row, 1), text, STYLES.heading);
    row += 1;
  };
  heading(`Successes to celebrate: ${r.completed.length} completed since the last meeting`);
  row = addTable(ws, row, completedColumns, r.completed.map((s) => [...stepValues(s), s.completedOn]), { direct });
  heading(`Barriers to address: ${r.barriers.length}`);
  row = addTable(ws, row, STEP_COLUMNS, r.barriers.map(stepValues), { direct });
  heading(`Overdue steps: ${r.overdue.length}`);
  row = addTable(ws, row, STEP_COLUMNS, r.overdue.map(stepValues), { direct });
  heading('Progress per capacity and goal');
  row = addTable(ws, row, progress, r.progress.map((p): Value[] => [p.capacity, p.goal, p.steps, ...p.byStatus, p.otherStatus, p.steps === 0 ? 0 : p.completed / p.steps, p.overdue]), { direct });
  heading('Measures: Snapshot indicators named by steps');
  addTable(ws, row, MEASURE_COLUMNS, r.measures.map(measureValues), { direct });
}

const STEP_COLUMNS: readonly Column[] = [
  { header: 'Step id', width: 10 }, { header: 'Work group', width: 10 }, { header: 'Capacity', width: 30 }, { header: 'Action step', width: 40, kind: 'long' },
  { header: 'Lead person', width: 18 }, { header: 'Status', width: 12 }, { header: 'Target date', width: 12, kind: 'date' }, { header: 'Detail', width: 44, kind: 'long' },
];

function stepValues(s: ReviewStep): Value[] {
  return [s.stepId, s.groupId, s.capacity, s.actionStep, s.leadPerson, s.status, s.targetDate, s.detail];
}

function progressColumns(r: QuarterlyReview): Column[] {
  return [{ header: 'Capacity', width: 10 }, { header: 'Goal', width: 40, kind: 'long' }, { header: 'Steps', width: 8, kind: 'number' }, ...r.statuses.map((s): Column => ({ header: s, width: 11, kind: 'number' })), { header: 'Other status', width: 11, kind: 'number' }, { header: 'Completed', width: 11, kind: 'percent' }, { header: 'Overdue', width: 9, kind: 'number' }];
}

const MEASURE_COLUMNS: readonly Column[] = [
  { header: 'Step id', width: 10 }, { header: 'Indicator', width: 10 }, { header: 'Measure', width: 36, kind: 'long' }, { header: 'Baseline', width: 10, kind: 'number' }, { header: 'Target', width: 10, kind: 'number' },
  { header: 'Previous Snapshot', width: 18 }, { header: 'Newest Snapshot', width: 18 }, { header: 'Movement', width: 16 },
];

function measureValues(m: StepMeasure): Value[] {
  const shown = (v: StepMeasure['current']): Value => (v === null ? '' : `${v.value === null ? 'not available' : v.value} (${v.period})`);
  return [m.stepId, m.indicator, m.measure, m.baseline, m.target, shown(m.previous), m.current === null ? 'give a newer Snapshot' : shown(m.current), m.movement];
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
