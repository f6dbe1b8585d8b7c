// A filled-in status-update workbook (as a grid) to a StatusUpdate plus problems. Recognised by the
// kind in its metadata sheet; the table is read by its headers through the same declaration.

import { cellText } from '../cell';
import type { Issue } from '../issue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import { findWorkGroup } from '../jurisdiction/parse-jurisdiction';
import { buildLists } from '../layout/lists';
import { META_SHEET, STATUS_UPDATE_SHEET } from '../layout/sheet-names';
import { findSheet, type WorkbookGrid } from '../submission/grid';
import { parseTable, withoutInvalid } from '../submission/parse-table';
import { STATUS_UPDATE_KIND, STATUS_UPDATE_SCHEMA_VERSION, type StatusUpdate } from './monitoring-types';
import { statusUpdateTable } from './status-update-layout';

/** The metadata kind of a workbook, '' for assessment workbooks (which carry none) and foreign files. */
export function workbookKind(grid: WorkbookGrid): string {
  const row = findSheet(grid, META_SHEET)?.rows.find((r) => cellText(r[0]).trim() === 'kind');
  return row === undefined ? '' : cellText(row[1]).trim();
}

export function parseStatusUpdate(grid: WorkbookGrid, j: Jurisdiction, file: string): { update: StatusUpdate | null; issues: Issue[] } {
  const issues: Issue[] = [];
  const fatal = (code: string, message: string, advice: string): { update: null; issues: Issue[] } => ({ update: null, issues: [{ code, severity: 'error', message, advice, file }] });
  const meta = new Map((findSheet(grid, META_SHEET)?.rows ?? []).map((r) => [cellText(r[0]).trim(), cellText(r[1]).trim()] as const));
  const get = (key: string): string => meta.get(key) ?? '';
  if (get('kind') !== STATUS_UPDATE_KIND) return fatal('NOT_A_STATUS_UPDATE', 'Not a status-update workbook: its metadata does not say kind "status-update"', 'Make status updates with "service-array status-template"');
  if (get('schemaVersion') !== STATUS_UPDATE_SCHEMA_VERSION) return fatal('UPDATE_VERSION', `Made from status-update version ${get('schemaVersion') || '(none)'}, but this version reads ${STATUS_UPDATE_SCHEMA_VERSION}`, 'Copy the entries into a fresh status-update workbook');
  if (get('jurisdictionId') !== j.id) return fatal('WRONG_JURISDICTION', `Made for jurisdiction "${get('jurisdictionId')}", not "${j.id}"`, 'Check that the file belongs in this folder');
  const group = findWorkGroup(j, get('workGroupId'));
  if (group === undefined) return fatal('UNKNOWN_WORK_GROUP', `Made for work group "${get('workGroupId')}", which the jurisdiction file does not list`, 'Add the work group to the jurisdiction file, or fix the file');
  const sheet = findSheet(grid, STATUS_UPDATE_SHEET);
  if (sheet === undefined) return fatal('SHEET_MISSING', `Sheet "${STATUS_UPDATE_SHEET}" is missing`, 'Do not delete or rename sheets; copy the entries into a fresh status-update workbook');
  const lists = new Map(buildLists(j, group).map((l) => [l.name, l] as const));
  // A new status outside the list is reported (what was typed is in its message), never applied over a valid one.
  const rows = parseTable(statusUpdateTable(group, [], ''), sheet, { file, lists, date1904: grid.date1904, issues }).map(withoutInvalid);
  const out = rows.flatMap((r) => {
    if (r.stepId !== '') return [{ stepId: r.stepId, status: r.status ?? '', progressNote: r.progressNote, revisedTargetDate: r.revisedTargetDate ?? '', barrier: r.barrier, helpNeeded: r.helpNeeded, row: r.row }];
    issues.push({ code: 'UPDATE_STEP_ID_MISSING', severity: 'error', message: 'A filled row has no step id, so it cannot be matched to a plan step', advice: 'Write updates only on the rows of listed steps; a new step goes into the group’s plan section', file, sheet: sheet.name, row: r.row });
    return [];
  });
  return {
    update: { file, updateId: get('updateId'), groupId: group.id, asOf: get('asOf'), round: get('round'), submittedAt: get('submittedAt'), rows: out },
    issues,
  };
}
