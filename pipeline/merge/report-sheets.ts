// The Overview sheet and one Service Array Assessment Report sheet per capacity, in the report's
// seven sections. Text blocks, not tables: these sheets are read and printed, then written into.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, type CapacityReport, type ConsolidatedPlan, type GroupStatus, type ItemFindings } from '../../src/core';
import { rosterFacts } from './monitoring-sheets';
import { STYLES, addTable, addTitle, pct, setStyled, widen, type Column, type Value } from './sheet-kit';
import type { RowWriter } from './direct-rows';


export function writeOverview(ws: ExcelJS.Worksheet, plan: ConsolidatedPlan, generatedAt: string, direct: RowWriter, extraFacts: readonly (readonly [string, string])[] = []): void {
  const t = plan.totals;
  addTitle(ws, `${plan.jurisdiction.name}: Resource and Capacity Development Plan`, `Consolidated from the work groups' workbooks. Plan period ${plan.planPeriod.start} to ${plan.planPeriod.end}.`);
  const m = plan.nextMeeting;
  const facts: [string, Value][] = [
    ['As of', plan.asOf],
    ['Generated', generatedAt],
    ['Next meeting', m === null ? 'No meeting left in the two-year calendar' : `${m.name}, ${m.date}`],
    ['It needs', m === null ? '' : m.needs],
    ['Work groups', `${t.received} received, ${t.missing} missing, ${t.invalid} invalid`],
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
  const groupRows = plan.groups.map((g): Value[] => [g.groupId, g.groupName, g.capacities.join(', '), g.dueDate, g.state.toUpperCase(), g.file ?? '', g.receivedAt ?? '', g.late ? 'LATE' : '', g.errors, g.warnings, g.superseded.join(', ')]);
  const groupColumns: Column[] = [
    { header: 'Group', width: 12 }, { header: 'Name', width: 30 }, { header: 'Capacities', width: 14 }, { header: 'Due', width: 12 }, { header: 'State', width: 10 },
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

export function writeCapacityReport(ws: ExcelJS.Worksheet, r: CapacityReport): void {
  ws.columns = [{ width: 34 }, { width: 110 }];
  addTitle(ws, `${r.capacity} ${r.label}: Service Array Assessment Report`, `Outcome: ${r.outcome} Work group: ${r.groups.join(', ')}${r.received < r.groups.length ? ` (${r.groups.length - r.received} without a valid submission yet)` : ''}.`);
  let row = 4;
  const heading = (text: string): void => {
    row += 1;
    setStyled(ws.getCell(row, 1), text, STYLES.heading);
    row += 1;
  };
  const line = (label: string, text: string): void => {
    setStyled(ws.getCell(row, 1), label, STYLES.bold);
    setStyled(ws.getCell(row, 2), text, STYLES.long);
    row += 1;
  };
  heading('1. Executive Summary');
  line('To write', 'Written last by the work group and the steering committee, shorter than the conclusions below.');
  heading('2. Overview of the Data');
  if (r.dataOverview.length === 0) line('Snapshot', 'Run the merge with --snapshot <snapshot.json> to show the Child and Family Snapshot indicators for this capacity.');
  for (const [label, value] of r.dataOverview) line(label, value);
  heading('3. Assessment of Practice');
  findings(line, r.practice);
  heading('4. Assessment of Leadership and Systemic Culture');
  findings(line, r.leadership);
  heading('5. Assessment of Current Services');
  line('Services listed', String(r.services.listed));
  line('Rated low', r.services.lowRated.length === 0 ? 'None rated low on availability or accessibility.' : r.services.lowRated.join('\n'));
  heading('6. Assessment of Needed New Services');
  line('Needs', r.needs.length === 0 ? 'None listed.' : r.needs.map((n) => `${n.need}${n.priority === '' ? '' : ` (${n.priority})`}`).join('\n'));
  heading('7. Overall Conclusions');
  line('Strengths', r.strengths.length === 0 ? 'None written yet.' : r.strengths.map((s) => `• ${s}`).join('\n'));
  line('Gaps', r.gaps.length === 0 ? 'None written yet.' : r.gaps.map((s) => `• ${s}`).join('\n'));
}

function findings(line: (label: string, text: string) => void, f: ItemFindings): void {
  line('Items rated', `${f.rated} of ${f.total}${f.mean === null ? '' : `, average ${f.mean}`}`);
  line('Strongest', f.strongest.length === 0 ? 'None rated 3 or 4.' : f.strongest.join('; '));
  line('Weakest', f.weakest.length === 0 ? 'None rated 1 or 2.' : f.weakest.join('; '));
}
