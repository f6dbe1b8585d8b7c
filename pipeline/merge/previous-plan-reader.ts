// Reads the committee's previous plan (a workbook this merge wrote, then edited by people) back into
// steps and the submission basis, through the same column declaration the writer used.

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
  ASSESSMENTS,
  CONSOLIDATED_PLAN_COLUMNS,
  PLAN_ORIGINS,
  cellText,
  findSheet,
  matchStatus,
  parseTable,
  type AssessmentId,
  type Issue,
  type Jurisdiction,
  type PlanOrigin,
  type PlanStep,
  type PreviousPlan,
  type SheetGrid,
  type WorkbookGrid,
} from '../../src/core';
import { CliError } from '../cli-error';
import { WorkbookFormatError, readGrid } from '../xlsx/fast-grid-reader';
import { EXECUTIVE_SUMMARY_LABEL, EXECUTIVE_SUMMARY_PLACEHOLDER, PLAN_BASIS_SHEET, PLAN_KIND, PLAN_META_SHEET, PLAN_UPDATES_SHEET, PLAN_WRITTEN_SHEET, SPARSE_WRITTEN_SCHEMA, reportSheetName } from './plan-hidden-sheets';
import { readHistory, readFieldSheet, readApplied } from './previous-monitoring-reader';


/** An unreadable previous plan stops the run: merging without it would lose the committee's edits. */
export async function readPreviousPlan(file: string, j: Jurisdiction, advice = 'give the plan this merge wrote last time, or leave out --previous'): Promise<{ plan: PreviousPlan; warnings: Issue[] }> {
  const fail = (why: string): CliError => new CliError(`The previous plan ${file} ${why}. Nothing was written; ${advice}.`);
  return withPlanGrid(file, fail, (grid) => readPlanGrid(grid, j, path.basename(file), fail));
}

/**
 * Reads a plan workbook's cells with `read`; a file that cannot be read, or is no workbook (found
 * when a sheet's rows are first read, so inside `read` too), ends in `fail`'s error.
 */
export async function withPlanGrid<T>(file: string, fail: (why: string) => CliError, read: (grid: WorkbookGrid) => T): Promise<T> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return read(readGrid(bytes));
  } catch (error) {
    if (error instanceof WorkbookFormatError) throw fail(`is not usable: ${error.problem.message}`);
    throw error;
  }
}

function readPlanGrid(grid: WorkbookGrid, j: Jurisdiction, name: string, fail: (why: string) => CliError): { plan: PreviousPlan; warnings: Issue[] } {
  const meta = new Map((findSheet(grid, PLAN_META_SHEET)?.rows ?? []).map((r) => [cellText(r[0]), cellText(r[1])] as const));
  if (meta.get('kind') !== PLAN_KIND) throw fail('is not a consolidated plan made by service-array merge');
  if (meta.get('jurisdictionId') !== j.id) throw fail(`belongs to jurisdiction "${meta.get('jurisdictionId') ?? ''}", not "${j.id}"`);
  const sheet = findSheet(grid, 'Plan');
  if (sheet === undefined) throw fail('has no Plan sheet');
  const { steps, issues } = readPlanSteps(sheet, grid, name, j.settings.planStatuses);
  const basis = readFieldSheet(findSheet(grid, PLAN_BASIS_SHEET));
  const writtenSheet = findSheet(grid, PLAN_WRITTEN_SHEET);
  // Since schema 2, a step missing from "_written" was written as its basis says.
  const sparse = Number(meta.get('schemaVersion') ?? '1') >= SPARSE_WRITTEN_SCHEMA;
  const written = writtenSheet === undefined ? undefined : new Map([...(sparse ? basis : []), ...readFieldSheet(writtenSheet)]);
  const history = readHistory(grid, name, issues);
  const applied = readApplied(findSheet(grid, PLAN_UPDATES_SHEET));
  const executiveSummaries = readExecutiveSummaries(grid, j.settings.capacities.map((c) => c.id));
  // A plan from before monitoring has no "_written": no committee edit can be dated, so none is claimed.
  return { plan: { steps, basis, history, applied, executiveSummaries, ...(written === undefined ? {} : { written }) }, warnings: issues };
}

/**
 * The Plan sheet's steps as people left them, through the column declaration the writer used; a
 * status outside `statuses` is kept as typed and reported.
 */
export function readPlanSteps(sheet: SheetGrid, grid: WorkbookGrid, name: string, statuses: readonly string[]): { steps: PlanStep[]; issues: Issue[] } {
  const cellIssues: Issue[] = [];
  const rows = parseTable({ kind: 'table', name: 'Plan', table: 'plan', capacity: null, title: '', subtitle: '', instructions: '', headerRow: 4, columns: CONSOLIDATED_PLAN_COLUMNS, rows: [] }, sheet, { file: name, lists: new Map(), date1904: grid.date1904, issues: cellIssues });
  // A cell the committee mistyped (a date that is none) stops nothing: its text is kept as typed,
  // shown again in the new plan, and reported until it is mended.
  const issues: Issue[] = cellIssues.map((i) => (i.severity === 'error' ? { ...i, advice: `${i.advice ?? ''}. The text was kept as typed`.replace(/^\. /, '') } : i));
  const shortToId = new Map<string, AssessmentId>(ASSESSMENTS.map((a) => [a.short, a.id]));
  const steps = rows
    .filter((r) => r.stepId !== '')
    .map((r): PlanStep => {
      const text = (key: keyof PlanStep): string => {
        // Every column of this sheet is declared as text or date, so each value is a string or null.
        const v = (r as Readonly<Record<string, unknown>>)[key];
        return typeof v === 'string' ? v : (r.invalid?.[key] ?? '');
      };
      const origin = text('origin');
      const status = matchStatus(text('status'), statuses);
      if (status.known === false) {
        issues.push({ code: 'STATUS_UNKNOWN', severity: 'error', message: `Status "${status.value}" of step ${text('stepId')} is not one of ${statuses.join(', ')}; it was kept as typed and is counted as "other status"`, advice: 'Choose the status from the dropdown in the Plan sheet', file: name, sheet: 'Plan', row: r.row });
      }
      return {
        stepId: text('stepId'), groupId: text('groupId'), capacity: text('capacity'),
        assessment: shortToId.get(text('assessment')) ?? text('assessment'),
        priorityIssue: text('priorityIssue'), goal: text('goal'), strategy: text('strategy'), actionStep: text('actionStep'),
        leadPerson: text('leadPerson'), leadOrganisation: text('leadOrganisation'), partners: text('partners'), resources: text('resources'),
        fundingSource: text('fundingSource'), startDate: text('startDate'), targetDate: text('targetDate'), measure: text('measure'),
        baseline: text('baseline'), target: text('target'), status: status.value, progressNote: text('progressNote'), barrier: text('barrier'), helpNeeded: text('helpNeeded'), lastUpdate: text('lastUpdate'),
        overdue: text('overdue') !== '',
        origin: (PLAN_ORIGINS as readonly string[]).includes(origin) ? (origin as PlanOrigin) : 'submission',
      };
    });
  return { steps, issues };
}

/**
 * The Executive Summary people wrote in each capacity's Report sheet: the cell beside its label,
 * unless it still holds the invitation to write.
 */
export function readExecutiveSummaries(grid: WorkbookGrid, capacities: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of capacities) {
    const sheet = findSheet(grid, reportSheetName(id));
    const row = sheet?.rows.find((r) => cellText(r[0]).trim() === EXECUTIVE_SUMMARY_LABEL);
    const text = cellText(row?.[1]).trim();
    if (text !== '' && text !== EXECUTIVE_SUMMARY_PLACEHOLDER) out.set(id, text);
  }
  return out;
}
