// The Overview, Work groups and Completeness sheets, and one Service Array Assessment Report sheet per
// capacity in the report's seven sections: text blocks, read and printed, then written into.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, columnWidthFor, type CapacityReport, type ConsolidatedPlan, type GroupStatus, type ItemFindings } from '../../src/core';
import { rosterFacts } from './monitoring-sheets';
import { LOOKS, STYLES, TABLE_HEADER_ROW, addTable, addTableHeader, addTitle, derive, flagged, localDateTime, pct, tableCell, widen, type Column, type Look, type Style, type Value } from './sheet-kit';
import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import type { DirectCell, RowWriter } from './direct-rows';
import { EXECUTIVE_SUMMARY_LABEL, EXECUTIVE_SUMMARY_PLACEHOLDER, REPORT_TABLES } from './plan-hidden-sheets';

const STATE_TEXT: Readonly<Record<GroupStatus['state'], string>> = { received: 'RECEIVED', empty: 'RECEIVED, NOTHING FILLED IN', missing: 'MISSING', invalid: 'INVALID' };
const STATE_LOOK: Readonly<Record<GroupStatus['state'], Look>> = { received: LOOKS.good, empty: LOOKS.warn, missing: LOOKS.bad, invalid: LOOKS.bad };

/** The Overview's two columns: a fact's label and its text. */
const OVERVIEW_WIDTHS = [24, 100] as const;

/** The plan at a glance: what it is, when, the next meeting and what the committee should look at. */
export function writeOverview(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, generatedAt: Date, direct: RowWriter, extraFacts: readonly (readonly [string, string])[] = []): void {
  const t = plan.totals;
  ws.columns = OVERVIEW_WIDTHS.map((width) => ({ width }));
  addTitle(ws, `${plan.jurisdiction.name}: Resource and Capacity Development Plan`, `Consolidated from the work groups' workbooks. Plan period ${plan.planPeriod.start} to ${plan.planPeriod.end}.`);
  const m = plan.nextMeeting;
  const facts: [string, Value][] = [
    ['As of', plan.asOf],
    ['Generated', localDateTime(generatedAt)],
    ['Next meeting', m === null ? 'No meeting left in the two-year calendar' : `${m.name}, ${m.date}`],
    ['It needs', m === null ? '' : m.needs],
    ['Work groups', `${t.received} received${t.empty === 0 ? '' : ` (${t.empty} with nothing filled in)`}, ${t.missing} missing, ${t.invalid} invalid: see the ${GROUPS_SHEET} sheet`],
    ['Files read', String(t.files)],
    ['Action steps', `${t.steps} (${t.overdue} overdue)`],
    ['Problems', `${t.errors} errors, ${t.warnings} warnings: see the Problems sheet`],
    ...rosterFacts(plan),
    ...extraFacts.map(([label, value]): [string, Value] => [label, value]),
  ];
  // A date stands at the left beside its label, as the other facts do.
  const fact = (value: Value, kind: 'date' | 'text'): DirectCell | undefined => {
    const cell = tableCell(value, kind);
    return cell === undefined || typeof cell.value === 'string' ? cell : { ...cell, style: derive(cell.style, 'left', { alignment: { vertical: 'top', horizontal: 'left' } }) };
  };
  direct(4, facts.map(([label, value]) => [{ value: label, style: STYLES.label }, fact(value, label === 'As of' ? 'date' : 'text')]));
}

export const GROUPS_SHEET = 'Work groups';
export const COMPLETENESS_SHEET = 'Completeness';

/** Each work group's submission: its state in a colour and a word, when it came, how late, its problems. */
export function writeGroupsSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const t = plan.totals;
  const columns: Column[] = [
    { header: 'Group', width: 8 }, { header: 'Name', width: 24 }, { header: 'Capacities', width: 12 }, { header: 'Due', width: 11, kind: 'date' }, { header: 'State', width: 14 }, { header: 'Done', width: 8, kind: 'percent' },
    { header: 'File', width: 30 }, { header: 'Received', width: 16, kind: 'datetime' }, { header: 'Late', width: 7 }, { header: 'Errors', width: 8, kind: 'number' }, { header: 'Warnings', width: 10, kind: 'number' }, { header: 'Older files replaced', width: 24 },
  ];
  widen(ws, columns);
  addTitle(ws, 'Work groups', `${t.received} received, ${t.missing} missing, ${t.invalid} invalid as of ${plan.asOf}. MISSING and INVALID in red, LATE and NOTHING FILLED IN in yellow; "Done" is the share of the workbook filled in.`);
  addTableHeader(ws, TABLE_HEADER_ROW, columns);
  direct(TABLE_HEADER_ROW + 1, plan.groups.map((g) => {
    const values: Value[] = [g.groupId, g.groupName, g.capacities.join(', '), g.dueDate, STATE_TEXT[g.state], g.state === 'received' || g.state === 'empty' ? pct(g.done) : null, g.file ?? '', g.receivedAt === null ? '' : localDateTime(new Date(g.receivedAt)), g.late ? 'LATE' : '', g.errors, g.warnings, g.superseded.join(', ')];
    const cells = columns.map((c, i) => tableCell(values[i] ?? null, c.kind ?? 'text'));
    const look = (i: number, l: Look): void => {
      const c = cells[i];
      if (c !== undefined) cells[i] = { ...c, style: flagged(c.style, l) };
    };
    look(4, STATE_LOOK[g.state]);
    if (g.late) look(8, LOOKS.warn);
    return cells;
  }));
}

/** How much of each assessment each group filled in, per capacity. */
export function writeCompletenessSheet(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, direct: RowWriter): void {
  const columns: Column[] = [{ header: 'Group', width: 8 }, { header: 'Capacity', width: 12 }, ...ASSESSMENTS.map((a): Column => ({ header: a.short, width: 14, kind: 'percent' }))];
  widen(ws, columns);
  addTitle(ws, 'Completeness by capacity and assessment', 'The share of each assessment a group filled in, for each of its capacities; blank where a group sent no valid workbook.');
  addTable(ws, TABLE_HEADER_ROW, columns, completenessRows(plan.groups), { direct });
}
function completenessRows(groups: readonly GroupStatus[]): Value[][] {
  return groups.flatMap((g) =>
    g.capacities.map((c): Value[] => [g.groupId, c, ...ASSESSMENTS.map((a) => {
      const p = g.progress.find((x) => x.capacity === c && x.assessment === a.id);
      return p === undefined ? null : pct(p.fraction);
    })]),
  );
}

/**
 * The Report sheets' column grid: labels and table cells; a text line spans B to F. One landscape
 * page wide at 75%, each column wide enough for its tables' headers to wrap between words.
 */
const REPORT_WIDTHS = [16, 10, 28, 12, 38, 32].map((w, i) => Math.max(w, ...Object.values(REPORT_TABLES).map((headers) => columnWidthFor(headers[i] ?? '', w))));
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
  const heading = (text: string): void => {
    rows.push([], [{ value: text, style: STYLES.heading }]);
  };
  const line = (label: string, text: string, style: Style = STYLES.long): void => {
    rows.push([label === '' ? undefined : { value: label, style: STYLES.label }, { value: text, style, span: TEXT_SPAN - 1 }]);
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
}
