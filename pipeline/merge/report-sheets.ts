// The Overview sheet and one Service Array Assessment Report sheet per capacity, in the report's
// seven sections. Text blocks, not tables: these sheets are read and printed, then written into.

import type ExcelJS from 'exceljs';
import { ASSESSMENTS, type CapacityReport, type ConsolidatedPlan, type GroupStatus, type ItemFindings, type ReportConclusion, type ReportItem } from '../../src/core';
import { rosterFacts } from './monitoring-sheets';
import { STYLES, addTable, addTitle, pct, setStyled, widen, type Column, type Style, type Value } from './sheet-kit';
import type { DirectCell, RowWriter } from './direct-rows';
import { EXECUTIVE_SUMMARY_LABEL, EXECUTIVE_SUMMARY_PLACEHOLDER } from './plan-hidden-sheets';

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

/**
 * The report's sections top to bottom, one label and text per row; a list gives each entry a row of
 * its own, so a statewide capacity pooled from many groups never makes one cell of 100,000 characters
 * (Excel's limit is 32,767). The rows go straight to the sheet (see direct-rows).
 */
export function writeCapacityReport(ws: ExcelJS.Worksheet, r: CapacityReport, direct: RowWriter): void {
  ws.columns = [{ width: 34 }, { width: 110 }];
  addTitle(ws, `${r.capacity} ${r.label}: Service Array Assessment Report`, `Outcome: ${r.outcome} Work group: ${r.groups.join(', ')}${r.received < r.groups.length ? ` (${r.groups.length - r.received} without a valid submission yet)` : ''}.`);
  const rows: (DirectCell | undefined)[][] = [];
  const heading = (text: string): void => {
    rows.push([], [{ value: text, style: STYLES.heading }]);
  };
  const line = (label: string, text: string, style: Style = STYLES.long): void => {
    // The texts are the groups' own, seldom repeated: written in the cell (see DirectCell).
    rows.push([label === '' ? undefined : { value: label, style: STYLES.bold }, { value: text, style, inline: true }]);
  };
  const list = (label: string, texts: readonly string[], none: string): void => {
    if (texts.length === 0) line(label, none);
    texts.forEach((t, i) => line(i === 0 ? label : '', `• ${t}`));
  };
  heading('1. Executive Summary');
  line(EXECUTIVE_SUMMARY_LABEL, r.executiveSummary === '' ? EXECUTIVE_SUMMARY_PLACEHOLDER : r.executiveSummary, r.executiveSummary === '' ? STYLES.placeholder : STYLES.long);
  heading('2. Overview of the Data');
  if (r.dataOverview.length === 0) line('Snapshot', 'Run the merge with --snapshot <snapshot.json> to show the Child and Family Snapshot indicators for this capacity.');
  for (const [label, value] of r.dataOverview) line(label, value);
  heading('3. Assessment of Practice');
  findings(line, list, r.practice);
  heading('4. Assessment of Leadership and Systemic Culture');
  findings(line, list, r.leadership);
  heading('5. Assessment of Current Services');
  line('Services listed', String(r.services.listed));
  list('Rated low', r.services.lowRated, 'None rated low on availability or accessibility.');
  heading('6. Assessment of Needed New Services');
  list('Needs', r.needs.map((n) => [`${n.need}${n.priority === '' ? '' : ` (${n.priority})`} — ${n.groupId}`, n.service === '' ? '' : `Service type: ${n.service}`, n.proposed === '' ? '' : `Proposed: ${n.proposed}`, n.evidence === '' ? '' : `Evidence: ${n.evidence}`].filter((t) => t !== '').join('\n  ')), 'None listed.');
  heading('7. Overall Conclusions');
  list('Strengths', r.strengths.map(conclusion), 'None written yet.');
  list('Gaps', r.gaps.map(conclusion), 'None written yet.');
  if (r.otherConclusions.length > 0) list('Other (kind not Strength or Gap)', r.otherConclusions.map((c) => `${c.kind === '' ? '' : `[${c.kind}] `}${conclusion(c)}`), '');
  direct(4, rows);
}

function conclusion(c: ReportConclusion): string {
  const from = [c.groupId, c.assessment === '' ? '' : `from ${c.assessment}`].filter((t) => t !== '').join(', ');
  return `${c.finding} (${from})${c.evidence === '' ? '' : `\n  Evidence: ${c.evidence}`}`;
}

function findings(line: (label: string, text: string) => void, list: (label: string, texts: readonly string[], none: string) => void, f: ItemFindings): void {
  line('Items rated', `${f.rated} of ${f.total}${f.mean === null ? '' : `, average ${f.mean}`}`);
  line('Strongest', f.strongest.length === 0 ? 'None rated 3 or 4.' : f.strongest.join('; '));
  line('Weakest', f.weakest.length === 0 ? 'None rated 1 or 2.' : f.weakest.join('; '));
  list('Evidence and comments', f.notes.map(note), 'None written.');
}

function note(n: ReportItem): string {
  const head = `${n.itemId === '' ? '' : `${n.itemId} `}${n.item}${n.rating === '' ? ', not rated' : `: ${n.rating}`} — ${n.groupId}`;
  return [head, n.evidence === '' ? '' : `Evidence: ${n.evidence}`, n.comment === '' ? '' : `Comment: ${n.comment}`].filter((t) => t !== '').join('\n  ');
}
