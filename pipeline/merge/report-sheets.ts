// The Overview sheet and one Service Array Assessment Report sheet per capacity, in the report's
// seven sections. Text blocks, not tables: these sheets are read and printed, then written into.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, a1, type CapacityReport, type ConsolidatedPlan, type GroupStatus, type ItemFindings } from '../../src/core';
import { rosterFacts } from './monitoring-sheets';
import { STYLES, addTable, addTitle, pct, setStyled, widen, type Column, type Style, type Value } from './sheet-kit';
import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { mergeDirect, type DirectCell, type RowWriter } from './direct-rows';
import { EXECUTIVE_SUMMARY_LABEL, EXECUTIVE_SUMMARY_PLACEHOLDER, REPORT_TABLES } from './plan-hidden-sheets';

const STATE_TEXT: Readonly<Record<GroupStatus['state'], string>> = { received: 'RECEIVED', empty: 'RECEIVED, NOTHING FILLED IN', missing: 'MISSING', invalid: 'INVALID' };

export function writeOverview(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, generatedAt: string, direct: RowWriter, extraFacts: readonly (readonly [string, string])[] = []): void {
  const t = plan.totals;
  addTitle(ws, `${plan.jurisdiction.name}: Resource and Capacity Development Plan`, `Consolidated from the work groups' workbooks. Plan period ${plan.planPeriod.start} to ${plan.planPeriod.end}.`);
  const m = plan.nextMeeting;
  const facts: [string, Value][] = [
    ['As of', plan.asOf],
    ['Generated', generatedAt],
    ['Next meeting', m === null ? 'No meeting left in the two-year calendar' : `${m.name}, ${m.date}`],
    ['It needs', m === null ? '' : m.needs],
    ['Work groups', `${t.received} received${t.empty === 0 ? '' : ` (${t.empty} with nothing filled in)`}, ${t.missing} missing, ${t.invalid} invalid`],
    ['Files read', String(t.files)],
    ['Action steps', `${t.steps} (${t.overdue} overdue)`],
    ['Problems', `${t.errors} errors, ${t.warnings} warnings: see the Problems sheet`],
    ...rosterFacts(plan),
    ...extraFacts.map(([label, value]): [string, Value] => [label, value]),
  ];
  facts.forEach(([label, value], i) => {
    setStyled(ws.getCell(4 + i, 1), label, STYLES.bold);
    if (value !== null) ws.getCell(4 + i, 2).value = value;
  });
  const groupRows = plan.groups.map((g): Value[] => [g.groupId, g.groupName, g.capacities.join(', '), g.dueDate, STATE_TEXT[g.state], g.state === 'received' || g.state === 'empty' ? pct(g.done) : null, g.file ?? '', g.receivedAt ?? '', g.late ? 'LATE' : '', g.errors, g.warnings, g.superseded.join(', ')]);
  const groupColumns: Column[] = [
    { header: 'Group', width: 12 }, { header: 'Name', width: 30 }, { header: 'Capacities', width: 14 }, { header: 'Due', width: 12 }, { header: 'State', width: 14, kind: 'long' }, { header: 'Done', width: 8, kind: 'percent' },
    { header: 'File', width: 32 }, { header: 'Received', width: 24 }, { header: 'Late', width: 6 }, { header: 'Errors', width: 8, kind: 'number' }, { header: 'Warnings', width: 9, kind: 'number' }, { header: 'Older files replaced', width: 30 },
  ];
  const completenessColumns: Column[] = [{ header: 'Group', width: 12 }, { header: 'Capacity', width: 30 }, ...ASSESSMENTS.map((a): Column => ({ header: a.short, width: 14, kind: 'percent' }))];
  // The tables' rows go straight to the sheet, which then writes its column widths: both tables' first.
  widen(ws, completenessColumns);
  const next = addTable(ws, 5 + facts.length, groupColumns, groupRows, { direct });
  setStyled(ws.getCell(`A${next}`), 'Completeness by capacity and assessment', STYLES.heading);
  addTable(ws, next + 1, completenessColumns, completenessRows(plan.groups), { direct });
}

function completenessRows(groups: readonly GroupStatus[]): Value[][] {
  return groups.flatMap((g) =>
    g.capacities.map((c): Value[] => [g.groupId, c, ...ASSESSMENTS.map((a) => {
      const p = g.progress.find((x) => x.capacity === c && x.assessment === a.id);
      return p === undefined ? null : pct(p.fraction);
    })]),
  );
}

/** The Report sheets' column grid: labels and table cells; a text line spans B to F. */
const REPORT_WIDTHS = [24, 12, 34, 14, 50, 40] as const;
const TEXT_SPAN = REPORT_WIDTHS.length;

/**
 * The report's seven sections top to bottom: short facts as a label and a text (spanning the sheet),
 * and what the groups wrote — item evidence and comments, needs, conclusions — as tables with one
 * row per entry, so a statewide capacity pooled from many groups never makes one cell of 100,000
 * characters (Excel's limit is 32,767). The rows go straight to the sheet (see direct-rows).
 */
export function writeCapacityReport(ws: WorkbookWriter.StreamingWorksheet, r: CapacityReport, direct: RowWriter): void {
  ws.columns = REPORT_WIDTHS.map((width) => ({ width }));
  addTitle(ws, `${r.capacity} ${r.label}: Service Array Assessment Report`, `Outcome: ${r.outcome} Work group: ${r.groups.join(', ')}${r.received < r.groups.length ? ` (${r.groups.length - r.received} without a valid submission yet)` : ''}.`);
  const first = 4;
  const rows: (DirectCell | undefined)[][] = [];
  const spans: number[] = [];
  const heading = (text: string): void => {
    rows.push([], [{ value: text, style: STYLES.heading }]);
  };
  const line = (label: string, text: string, style: Style = STYLES.long): void => {
    spans.push(first + rows.length);
    rows.push([label === '' ? undefined : { value: label, style: STYLES.bold }, { value: text, style }]);
  };
  const table = (columns: readonly string[], body: readonly (readonly string[])[], none: string): void => {
    if (body.length === 0) {
      line('', none);
      return;
    }
    rows.push(columns.map((value) => ({ value, style: STYLES.header })));
    for (const values of body) rows.push(values.map((value) => (value === '' ? undefined : { value, style: STYLES.long })));
  };
  heading('1. Executive Summary');
  line(EXECUTIVE_SUMMARY_LABEL, r.executiveSummary === '' ? EXECUTIVE_SUMMARY_PLACEHOLDER : r.executiveSummary, r.executiveSummary === '' ? STYLES.placeholder : STYLES.long);
  heading('2. Overview of the Data');
  if (r.dataOverview.length === 0) line('Snapshot', 'Run the merge with --snapshot <snapshot.json> to show the Child and Family Snapshot indicators for this capacity.');
  for (const [label, value] of r.dataOverview) line(label, value);
  const items = (f: ItemFindings): void => {
    line('Items rated', `${f.rated} of ${f.total}${f.mean === null ? '' : `, average ${f.mean}`}`);
    line('Strongest', f.strongest.length === 0 ? 'None rated 3 or 4.' : f.strongest.join('; '));
    line('Weakest', f.weakest.length === 0 ? 'None rated 1 or 2.' : f.weakest.join('; '));
    table(REPORT_TABLES.items, f.notes.map((n) => [n.groupId, n.itemId, n.item, n.rating, n.evidence, n.comment]), 'No evidence or comments written.');
  };
  heading('3. Assessment of Practice');
  items(r.practice);
  heading('4. Assessment of Leadership and Systemic Culture');
  items(r.leadership);
  heading('5. Assessment of Current Services');
  line('Services listed', String(r.services.listed));
  line('Rated low', r.services.lowRated.length === 0 ? 'None rated low on availability or accessibility.' : r.services.lowRated.join('\n'));
  heading('6. Assessment of Needed New Services');
  table(REPORT_TABLES.needs, r.needs.map((n) => [n.groupId, n.priority, n.need, n.service, n.evidence, n.proposed]), 'None listed.');
  heading('7. Overall Conclusions');
  table(REPORT_TABLES.conclusions, [...r.strengths, ...r.gaps, ...r.otherConclusions].map((c) => [c.groupId, c.kind, c.finding, c.assessment, c.evidence]), 'None written yet.');
  direct(first, rows);
  mergeDirect(ws, spans.map((row) => `${a1(row, 2)}:${a1(row, TEXT_SPAN)}`));
}
