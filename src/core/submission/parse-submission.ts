// A submitted workbook (as a grid) to a typed Submission plus every problem found. Recognises the
// workbook by its metadata sheet, re-derives the layout from the jurisdiction and reads each table.

import { cellText } from '../cell';
import type { Issue } from '../issue';
import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import { findWorkGroup } from '../jurisdiction/parse-jurisdiction';
import type { ColumnDef, RowOf, TableSheet } from '../layout/layout-types';
import { META_SHEET } from '../layout/sheet-names';
import { SUBMISSION_SCHEMA_VERSION, buildTableSheets } from '../layout/workbook-layout';
import { buildLists } from '../layout/lists';
import { findSheet, type WorkbookGrid } from './grid';
import { checkItems, checkPlanSteps, fillServiceCategories } from './check-rows';
import { parseTable, type ParseContext } from './parse-table';
import type { CapacityAssessment, Submission, SubmissionMeta } from './submission-types';
import { CONCLUSION_COLUMNS, ITEM_COLUMNS, NEED_COLUMNS, PLAN_COLUMNS, SERVICE_COLUMNS } from '../layout/columns';

export interface ParsedSubmission {
  /** Null when the file cannot be taken as a submission of this jurisdiction at all. */
  readonly submission: Submission | null;
  readonly issues: readonly Issue[];
}

export const NOT_A_SUBMISSION_ADVICE =
  'Only workbooks made with "service-array template" (or the add-in) can be merged; move other files out of the submissions folder';

export function parseSubmission(grid: WorkbookGrid, j: Jurisdiction, file: string): ParsedSubmission {
  const issues: Issue[] = [];
  const fatal = (code: string, message: string, advice: string): ParsedSubmission => ({
    submission: null,
    issues: [...issues, { code, severity: 'error', message, advice, file }],
  });
  const metaSheet = findSheet(grid, META_SHEET);
  if (metaSheet === undefined) {
    return fatal('NOT_A_SUBMISSION', 'Not a service-array submission: the workbook has no service-array metadata sheet', NOT_A_SUBMISSION_ADVICE);
  }
  const raw = new Map<string, string>();
  for (const row of metaSheet.rows) raw.set(cellText(row[0]).trim(), cellText(row[1]).trim());
  const meta = readMeta(raw);
  if (meta.schemaVersion !== SUBMISSION_SCHEMA_VERSION) {
    return fatal(
      'TEMPLATE_VERSION',
      `Made from template version ${meta.schemaVersion || '(none)'}, but this version of service-array reads version ${SUBMISSION_SCHEMA_VERSION}`,
      'Copy the entries into a fresh template made with "service-array template"',
    );
  }
  if (meta.jurisdictionId !== j.id) {
    return fatal(
      'WRONG_JURISDICTION',
      `Made for jurisdiction "${meta.jurisdictionId}", not "${j.id}"`,
      'Check that the file belongs in this submissions folder, or use the matching jurisdiction file',
    );
  }
  const configured = findWorkGroup(j, meta.workGroupId);
  if (configured === undefined) {
    return fatal('UNKNOWN_WORK_GROUP', `Made for work group "${meta.workGroupId}", which the jurisdiction file does not list`, 'Add the work group to the jurisdiction file, or fix the file');
  }
  // Read the capacities the workbook was made with; say so if the assignment has changed since.
  const known = meta.capacities.filter((c) => j.settings.capacities.some((x) => x.id === c));
  if (!known.some((c) => configured.capacities.includes(c))) {
    // Not this group's workbook (a copy of another group's, relabelled): merging it would displace
    // the group's real submission with assessments of capacities it was never given.
    return fatal(
      'WORK_GROUP_MISMATCH',
      `Says it is the workbook of ${configured.id}, but holds ${known.join(', ') || 'no known capacities'}; ${configured.id} is assigned ${configured.capacities.join(', ')}`,
      `Check whose workbook this is; if ${configured.id}'s assignment changed, send the group a fresh template`,
    );
  }
  if (known.join(',') !== configured.capacities.join(',')) {
    issues.push({
      code: 'CAPACITIES_CHANGED',
      severity: 'warning',
      message: `The workbook covers ${known.join(', ') || 'no known capacities'}, but the jurisdiction file now assigns ${configured.capacities.join(', ')} to ${configured.id}`,
      advice: 'Send the group a fresh template if its assignment changed',
      file,
    });
  }
  const group: WorkGroup = { ...configured, capacities: known };
  const ctx: ParseContext = { file, lists: new Map(buildLists(j, group).map((l) => [l.name, l])), date1904: grid.date1904, issues };
  const read = <Cols extends readonly ColumnDef[]>(table: TableSheet, columns: Cols): RowOf<Cols>[] => {
    const sheet = findSheet(grid, table.name);
    if (sheet !== undefined) return parseTable({ ...table, columns }, sheet, ctx);
    issues.push({ code: 'SHEET_MISSING', severity: 'error', message: `Sheet "${table.name}" is missing`, advice: 'Do not delete or rename sheets; copy the entries into a fresh template', file, sheet: table.name });
    return [];
  };
  const tables = buildTableSheets(j, group);
  const find = (kind: TableSheet['table'], capacity: string | null): TableSheet =>
    tables.find((t) => t.table === kind && t.capacity === capacity) as TableSheet;
  const capacities: CapacityAssessment[] = known.map((capacity) => {
    const practice = find('practice', capacity);
    const leadership = find('leadership', capacity);
    const practiceItems = checkItems(read(practice, ITEM_COLUMNS), practice, ctx);
    const leadershipItems = checkItems(read(leadership, ITEM_COLUMNS), leadership, ctx);
    return {
      capacity,
      practice: practiceItems.kept,
      leadership: leadershipItems.kept,
      missingItems: { practice: practiceItems.missing, leadership: leadershipItems.missing },
      services: fillServiceCategories(read(find('services', capacity), SERVICE_COLUMNS), j.settings.serviceCatalogue),
      needs: read(find('needs', capacity), NEED_COLUMNS),
    };
  });
  const conclusions = read(find('conclusions', null), CONCLUSION_COLUMNS);
  const plan = checkPlanSteps(read(find('plan', null), PLAN_COLUMNS), group.id, ctx);
  return { submission: { file, meta, capacities, conclusions, plan }, issues };
}

function readMeta(raw: ReadonlyMap<string, string>): SubmissionMeta {
  const get = (key: string): string => raw.get(key) ?? '';
  return {
    schemaVersion: get('schemaVersion'),
    generator: get('generator'),
    templateId: get('templateId'),
    jurisdictionId: get('jurisdictionId'),
    workGroupId: get('workGroupId'),
    workGroupName: get('workGroupName'),
    capacities: get('capacities').split(',').map((c) => c.trim()).filter((c) => c !== ''),
    createdAt: get('createdAt'),
    submittedAt: get('submittedAt'),
  };
}
