// Builds the consolidated plan workbook fresh with exceljs (never from a round-tripped user file):
// Overview, Plan, Ratings, Services, Needs, one report per capacity, Problems, Changes, and the
// hidden metadata and "basis" sheets the next merge reads back.

import ExcelJS from 'exceljs';
import { COMMITTEE_FIELDS, type AppliedUpdate, type CommitteeField, type ConsolidatedPlan, type Jurisdiction } from '../../src/core';
import { HISTORY_SHEET, REVIEW_SHEET, writeHistorySheet, writeReviewSheet } from './monitoring-sheets';
import { GENERATOR } from '../version';
import { PLAN_BASIS_SHEET, PLAN_KIND, PLAN_META_SHEET, PLAN_SCHEMA_VERSION, PLAN_UPDATES_SHEET, PLAN_WRITTEN_SHEET } from './plan-hidden-sheets';
import { writeCapacityReport, writeOverview } from './report-sheets';
import { writeChangesSheet, writeNeedsSheet, writePlanSheet, writeProblemsSheet, writeRatingsSheet, writeServicesSheet } from './plan-sheets';

export async function renderPlan(
  plan: ConsolidatedPlan,
  basis: ReadonlyMap<string, Readonly<Record<CommitteeField, string>>>,
  j: Jurisdiction,
  generatedAt: Date,
  applied: readonly AppliedUpdate[] = [],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = GENERATOR;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  const footer = `${plan.jurisdiction.name} Resource and Capacity Development Plan, as of ${plan.asOf}`;
  writeOverview(wb.addWorksheet('Overview'), plan, generatedAt.toISOString(), footer);
  writePlanSheet(wb.addWorksheet('Plan'), plan, footer);
  writeRatingsSheet(wb.addWorksheet('Ratings'), plan, j, footer);
  writeServicesSheet(wb.addWorksheet('Services'), plan, footer);
  writeNeedsSheet(wb.addWorksheet('Needs'), plan, footer);
  for (const report of plan.reports) writeCapacityReport(wb.addWorksheet(`${report.capacity} Report`), report, footer);
  writeReviewSheet(wb.addWorksheet(REVIEW_SHEET), plan, footer);
  writeHistorySheet(wb.addWorksheet(HISTORY_SHEET), plan, footer);
  writeProblemsSheet(wb.addWorksheet('Problems'), plan, footer);
  if (plan.changes !== null) writeChangesSheet(wb.addWorksheet('Changes'), plan, footer);
  const meta = wb.addWorksheet(PLAN_META_SHEET, { state: 'veryHidden' });
  for (const row of [['kind', PLAN_KIND], ['schemaVersion', PLAN_SCHEMA_VERSION], ['jurisdictionId', plan.jurisdiction.id], ['asOf', plan.asOf], ['generator', GENERATOR]]) meta.addRow(row);
  // What each group submitted for the committee's fields: how the next merge tells a committee edit from a group's.
  const basisSheet = wb.addWorksheet(PLAN_BASIS_SHEET, { state: 'veryHidden' });
  basisSheet.addRow(['stepId', ...COMMITTEE_FIELDS]);
  for (const [id, values] of [...basis].sort(([a], [b]) => a.localeCompare(b))) basisSheet.addRow([id, ...COMMITTEE_FIELDS.map((f) => values[f])]);
  const written = wb.addWorksheet(PLAN_WRITTEN_SHEET, { state: 'veryHidden' });
  written.addRow(['stepId', ...COMMITTEE_FIELDS]);
  for (const s of plan.steps) written.addRow([s.stepId, ...COMMITTEE_FIELDS.map((f) => s[f])]);
  const updates = wb.addWorksheet(PLAN_UPDATES_SHEET, { state: 'veryHidden' });
  updates.addRow(['updateId', 'file', 'groupId', 'appliedOn']);
  for (const a of applied) updates.addRow([a.updateId, a.file, a.groupId, a.appliedOn]);
  // Fast deflate: at statewide size the default level doubles the write time for a 25% smaller file.
  const fast = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as unknown as Partial<ExcelJS.XlsxWriteOptions>;
  return Buffer.from(await wb.xlsx.writeBuffer(fast));
}
