// Shared test fixtures: the sample jurisdiction, templates built in memory, and edits made to a
// workbook with exceljs the way a person's spreadsheet program would make them.

import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbookLayout, findWorkGroup, parseJurisdiction, type Jurisdiction, type WorkbookLayout, type WorkGroup } from '../../src/core';
import { buildTemplate } from '../../pipeline/template/write-templates';
import { readSubmissionBytes, type SubmissionRead } from '../../pipeline/xlsx/read-submission';

export const ROOT = path.resolve(__dirname, '../../..');
/** Spreadsheets made by Excel, Google Sheets and LibreOffice (see its README): kept in the repository. */
export const FOREIGN_XLSX = path.join(ROOT, 'test/fixtures/foreign-xlsx');
export const FIXED_NOW = new Date(Date.UTC(2026, 9, 1, 12, 0, 0));

export function sampleJurisdiction(): Jurisdiction {
  const raw: unknown = JSON.parse(readFileSync(path.join(ROOT, 'samples/jurisdiction.json'), 'utf8'));
  const { jurisdiction, issues } = parseJurisdiction(raw, 'jurisdiction.json');
  if (jurisdiction === null) throw new Error(`sample jurisdiction invalid: ${JSON.stringify(issues)}`);
  return jurisdiction;
}

export function group(j: Jurisdiction, id: string): WorkGroup {
  const g = findWorkGroup(j, id);
  if (g === undefined) throw new Error(`no group ${id}`);
  return g;
}

export function layoutFor(j: Jurisdiction, groupId: string): WorkbookLayout {
  return buildWorkbookLayout(j, group(j, groupId), { templateId: `test-${groupId}`, createdAt: FIXED_NOW.toISOString(), generator: 'test' });
}

export function templateBytes(j: Jurisdiction, groupId: string): Promise<Buffer> {
  return buildTemplate(j, group(j, groupId), FIXED_NOW, `test-${groupId}`);
}

/** Opens the bytes with exceljs, lets the test edit the workbook, saves it again. */
export async function edit(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

export function read(bytes: Buffer, j: Jurisdiction, file = 'test.xlsx'): SubmissionRead {
  return readSubmissionBytes(bytes, file, j);
}

export function codes(r: SubmissionRead): string[] {
  return r.issues.map((i) => i.code);
}
