// The Resource and Capacity Development Plan as a document, from the plan workbook's Plan sheet as
// the committee left it: by capacity and goal, each step with its lead, partners, dates, measure
// (baseline and target) and status; for a quarterly meeting, the Quarterly review after it.

import { ASSESSMENTS } from '../assessments';
import type { PlanStep } from '../merge/merge-types';
import { fileStem, heading, paragraph, type Block, type DocumentSpec, type TableColumn } from './document-model';
import type { GridTable, PlanWorkbook } from './plan-workbook';

export const planDocumentFileName = (jurisdictionId: string): string => `${fileStem(jurisdictionId)}-plan.docx`;

/** The words a status cell shows: the status, and whether the step is overdue, carried or removed, and its latest note. */
function statusText(s: PlanStep): string {
  const flags = [s.overdue ? 'OVERDUE' : '', s.origin === 'removed' ? 'removed from the group’s workbook' : s.origin === 'carried' ? 'carried: no valid submission this round' : ''].filter((x) => x !== '');
  const lines = [`${s.status === '' ? 'No status' : s.status}${flags.length === 0 ? '' : ` (${flags.join('; ')})`}`];
  if (s.progressNote !== '') lines.push(s.progressNote);
  if (s.barrier !== '') lines.push(`Barrier: ${s.barrier}`);
  if (s.helpNeeded !== '') lines.push(`Help needed: ${s.helpNeeded}`);
  return lines.join('\n');
}

const lead = (s: PlanStep): string => [s.leadPerson, s.leadOrganisation].filter((x) => x !== '').join('\n');
const dates = (s: PlanStep): string => (s.startDate === '' && s.targetDate === '' ? '' : `${s.startDate || '…'} to ${s.targetDate || '…'}`);
const measure = (s: PlanStep): string => [s.measure, s.baseline === '' && s.target === '' ? '' : `Baseline ${s.baseline || 'not given'}; target ${s.target || 'not given'}`].filter((x) => x !== '').join('\n');

/**
 * Steps as a table; `withGoal` puts each step's goal beside it (the reports' appendix), otherwise
 * the goal is the heading above and the partners get a column (the plan).
 */
export function stepsTable(steps: readonly PlanStep[], caption: string, withGoal: boolean): Block {
  const columns: TableColumn[] = withGoal
    ? [{ header: 'Step', width: 10 }, { header: 'Goal and action step', width: 34 }, { header: 'Lead', width: 15 }, { header: 'Dates', width: 12 }, { header: 'Measure', width: 16 }, { header: 'Status', width: 13 }]
    : [{ header: 'Step', width: 8 }, { header: 'Action step', width: 26 }, { header: 'Lead', width: 13 }, { header: 'Partners', width: 13 }, { header: 'Dates', width: 10 }, { header: 'Measure, baseline and target', width: 16 }, { header: 'Status', width: 14 }];
  const rows = steps.map((s) =>
    withGoal
      ? [s.stepId, [s.goal === '' ? '' : `Goal: ${s.goal}`, s.actionStep].filter((x) => x !== '').join('\n'), lead(s), dates(s), measure(s), statusText(s)]
      : [s.stepId, s.actionStep, lead(s), s.partners, dates(s), measure(s), statusText(s)],
  );
  return { kind: 'table', caption, columns, rows };
}

/** Steps grouped by goal, in the order the goals first appear. */
function byGoal(steps: readonly PlanStep[]): Map<string, PlanStep[]> {
  const out = new Map<string, PlanStep[]>();
  for (const s of steps) out.set(s.goal, [...(out.get(s.goal) ?? []), s]);
  return out;
}

const distinct = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

export function planDocument(plan: PlanWorkbook, draftDate: string, withReview: boolean): DocumentSpec {
  const title = 'Resource and Capacity Development Plan';
  const overdue = plan.steps.filter((s) => s.overdue).length;
  const statuses = new Map<string, number>();
  for (const s of plan.steps) statuses.set(s.status || 'No status', (statuses.get(s.status || 'No status') ?? 0) + 1);
  const blocks: Block[] = [
    { kind: 'title', text: `${plan.jurisdiction.name}: ${title}`, subtitle: `As the plan workbook stands (${plan.file}, as of ${plan.asOf}); drafted on ${draftDate}.` },
    { kind: 'facts', rows: [['Action steps', `${plan.steps.length}, ${overdue} overdue`], ['By status', [...statuses].map(([s, n]) => `${s} ${n}`).join('; ') || 'none'], ['How it is organised', 'By capacity, then by goal; each goal’s priority issue and strategy above its steps.']] },
  ];
  const names = new Map(plan.reports.map((r) => [r.capacity, r] as const));
  const capacities = distinct([...plan.reports.map((r) => r.capacity), ...plan.steps.map((s) => s.capacity)]);
  for (const capacity of capacities) {
    const steps = plan.steps.filter((s) => s.capacity === capacity);
    const report = names.get(capacity);
    blocks.push(heading(1, report?.name ?? capacity));
    if (report !== undefined && report.outcome !== '') blocks.push(paragraph(`Outcome: ${report.outcome}`));
    if (steps.length === 0) {
      blocks.push(paragraph('No action steps yet.'));
      continue;
    }
    for (const [goal, group] of byGoal(steps)) {
      blocks.push(heading(2, goal === '' ? 'Goal not given' : `Goal: ${goal}`));
      const facts: [string, string][] = [
        ['Priority issue', distinct(group.map((s) => s.priorityIssue)).join('\n')],
        ['Strategy', distinct(group.map((s) => s.strategy)).join('\n')],
        ['From', distinct(group.map((s) => `${s.groupId}, ${ASSESSMENTS.find((a) => a.id === s.assessment)?.short ?? s.assessment}`)).join('; ')],
      ];
      blocks.push({ kind: 'facts', rows: facts.filter(([, text]) => text !== '') }, stepsTable(group, `${capacity} ${goal}`, false));
    }
  }
  if (withReview) blocks.push(...reviewBlocks(plan));
  return {
    fileName: planDocumentFileName(plan.jurisdiction.id),
    title: `${plan.jurisdiction.name}: ${title}`,
    subject: `${plan.jurisdiction.name} ${title}${withReview ? ' and quarterly review' : ''}`,
    footer: title,
    parts: [{ header: { left: `${plan.jurisdiction.name} · ${title}`, right: `Draft of ${draftDate}` }, orientation: 'landscape', blocks }],
  };
}

/** Columns with running text get the room. */
const LONG = /^(Action step|Goal|Detail|Measure)$/;

/** The Quarterly review sheet as it is: each of its headed tables, the completed share as a percentage. */
export function reviewBlocks(plan: PlanWorkbook): Block[] {
  const blocks: Block[] = [heading(1, 'Quarterly review')];
  if (plan.review.subtitle !== '') blocks.push(paragraph(plan.review.subtitle));
  if (plan.review.sections.length === 0) blocks.push(paragraph('The plan workbook has no Quarterly review sheet: merge again to make it.', 'placeholder'));
  for (const { title, table } of plan.review.sections) {
    blocks.push(heading(2, title));
    if (table.rows.length === 0) {
      blocks.push(paragraph('None.'));
      continue;
    }
    const shown = byStatus(table);
    blocks.push({ kind: 'table', caption: title, columns: shown.headers.map((h) => ({ header: h, width: LONG.test(h) ? 24 : 10 })), rows: shown.rows });
  }
  return blocks;
}

/**
 * The progress table's one column per status (from "Steps" to "Other status") as one "By status"
 * column listing the statuses that have steps, and its share completed (0–1) as a percentage: eleven
 * columns do not fit a page.
 */
function byStatus(t: GridTable): GridTable {
  const from = t.headers.indexOf('Steps') + 1;
  const to = t.headers.indexOf('Other status');
  if (from <= 0 || to < from) return t;
  const share = t.headers.indexOf('Completed', to);
  const cell = (row: readonly string[], i: number): string => {
    const v = row[i] ?? '';
    return i === share && v !== '' && Number.isFinite(Number(v)) ? `${Math.round(Number(v) * 100)}%` : v;
  };
  const statuses = (row: readonly string[]): string => t.headers.slice(from, to + 1).flatMap((h, k) => (Number(row[from + k] ?? '0') > 0 ? [`${h} ${row[from + k] ?? ''}`] : [])).join('\n');
  const keep = t.headers.map((_, i) => i).filter((i) => i < from || i > to);
  return {
    headers: [...keep.slice(0, from).map((i) => t.headers[i] ?? ''), 'By status', ...keep.slice(from).map((i) => (i === share ? 'Share completed' : (t.headers[i] ?? '')))],
    rows: t.rows.map((r) => [...keep.slice(0, from).map((i) => cell(r, i)), statuses(r), ...keep.slice(from).map((i) => cell(r, i))]),
  };
}
