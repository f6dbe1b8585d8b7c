// Builds the consolidated plan workbook fresh with exceljs (never from a round-tripped user file):
// Overview, Work groups, Completeness, Plan, Ratings, Evidence, Services, Needs, one report per
// capacity, the Quarterly review's three sheets, Step history, Problems, Changes, and the hidden
// metadata and "basis" sheets the next merge reads back. Every row is as tall as its text and every
// sheet prints at 8 pt or more (see page-setup's printStreamed).

import type ExcelJS from 'exceljs';
import type WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import { COMMITTEE_FIELDS, type AppliedUpdate, type CommitteeField, type ConsolidatedPlan, type Jurisdiction } from '../../src/core';
import { HISTORY_HEADER_ROW, HISTORY_SHEET, REVIEW_SHEETS, writeHistorySheet, writeReviewMeasuresSheet, writeReviewProgressSheet, writeReviewSheet } from './monitoring-sheets';
import { GENERATOR } from '../version';
import { PLAN_BASIS_SHEET, PLAN_KIND, PLAN_META_SHEET, PLAN_SCHEMA_VERSION, PLAN_UPDATES_SHEET, PLAN_WRITTEN_SHEET, reportSheetName } from './plan-hidden-sheets';
import { COMPLETENESS_SHEET, GROUPS_SHEET, writeCapacityReport, writeCompletenessSheet, writeGroupsSheet, writeOverview } from './report-sheets';
import { PLAN_HEADER_ROW, writeChangesSheet, writeNeedsSheet, writePlanSheet, writeProblemsSheet, writeRatingsSheet, writeServicesSheet } from './plan-sheets';
import { STYLES, TABLE_HEADER_ROW, frozenAt, titleOf } from './sheet-kit';
import { directRows, type DirectCell, type RowWriter } from './direct-rows';
import { printStreamed } from '../xlsx/page-setup';
import { fitHeldRows } from '../xlsx/row-heights';
import { EVIDENCE_SHEET, writeEvidenceSheet } from './evidence-sheet';
import { StreamingWorkbook } from '../xlsx/streaming-workbook';

export async function renderPlan(
  plan: ConsolidatedPlan,
  basis: ReadonlyMap<string, Readonly<Record<CommitteeField, string>>>,
  j: Jurisdiction,
  generatedAt: Date,
  applied: readonly AppliedUpdate[] = [],
  /** Facts from elsewhere the Overview repeats, such as the engagement headline. */
  overviewFacts: readonly (readonly [string, string])[] = [],
): Promise<Buffer> {
  // Written sheet by sheet (see streaming-workbook): each sheet is turned into XML when committed and
  // deflated on the thread pool while the next sheet is built (see zip-sink). About a third faster than building
  // the whole workbook in memory first, which matters at statewide scale. Fast deflate: at statewide
  // size the default level doubles the write time for a 25% smaller file.
  const wb = new StreamingWorkbook(generatedAt, 1);
  wb.creator = GENERATOR;
  wb.created = generatedAt;
  wb.modified = generatedAt;
  const footer = `${plan.jurisdiction.name} Resource and Capacity Development Plan, as of ${plan.asOf}`;
  // Rows, like cells, start with a style object of their own, which exceljs would style one by one.
  const commit = (ws: ExcelJS.Worksheet): void => {
    // exceljs's types do not declare Row.style, though rows have one like cells.
    ws.eachRow((row) => ((row as unknown as { style: object }).style = STYLES.plain));
    ws.commit();
  };
  // A streaming sheet writes its views when created, so they are given here, from the row its table's
  // header is on (frozen, and printed on every page with the first `repeat` columns when it splits).
  // Rows get their heights as they are written; the print form comes from the widths and heights.
  const sheet = (name: string, write: (ws: WorkbookWriter.StreamingWorksheet, direct: RowWriter) => void, headerRow?: number, repeat = 1): void => {
    const ws = wb.addWorksheet(name, { views: headerRow === undefined ? [] : [frozenAt(headerRow)] });
    const writeDirect = directRows(wb, ws);
    let height = 0;
    let last = 0;
    write(ws, (first, rows) => {
      last = Math.max(last, first + rows.length - 1);
      return (height += writeDirect(first, rows));
    });
    height += fitHeldRows(ws);
    const columns = ws.columns ?? [];
    let lastColumn = columns.length;
    while (lastColumn > 1 && columns[lastColumn - 1]?.width === undefined) lastColumn--;
    printStreamed(ws, { footer, headerRow, title: titleOf(ws) ?? name, repeatColumns: headerRow === undefined ? 0 : repeat, lastColumn }, { last: Math.max(last, ws.lastRow?.number ?? 0), height });
    commit(ws);
  };
  const hidden = (name: string, [header = [], ...rows]: readonly (readonly string[])[]): void => {
    const ws = wb.addWorksheet(name, { state: 'veryHidden' });
    ws.addRow([...header]).eachCell((cell) => (cell.style = STYLES.plain));
    // A blank value is no cell at all (read back as blank): half the basis fields are blank.
    directRows(wb, ws)(2, rows.map((values) => values.map((v): DirectCell => ({ value: v === '' ? null : v, style: STYLES.plain }))));
    commit(ws);
  };
  sheet('Overview', (ws, direct) => writeOverview(ws, plan, generatedAt, direct, overviewFacts));
  sheet(GROUPS_SHEET, (ws, direct) => writeGroupsSheet(ws, plan, direct), TABLE_HEADER_ROW);
  sheet(COMPLETENESS_SHEET, (ws, direct) => writeCompletenessSheet(ws, plan, direct), TABLE_HEADER_ROW);
  sheet('Plan', (ws, direct) => writePlanSheet(ws, plan, j, direct), PLAN_HEADER_ROW);
  sheet('Ratings', (ws) => writeRatingsSheet(ws, plan, j));
  sheet(EVIDENCE_SHEET, (ws, direct) => writeEvidenceSheet(ws, plan, j, direct), TABLE_HEADER_ROW);
  sheet('Services', (ws) => writeServicesSheet(ws, plan, j.settings.ratingScale.dontKnow), TABLE_HEADER_ROW, 2);
  sheet('Needs', (ws) => writeNeedsSheet(ws, plan), TABLE_HEADER_ROW, 2);
  for (const report of plan.reports) sheet(reportSheetName(report.capacity), (ws, direct) => writeCapacityReport(ws, report, direct));
  const [review, progress, measures] = REVIEW_SHEETS;
  sheet(review, (ws, direct) => writeReviewSheet(ws, plan, direct));
  // A heading above each of these two sheets' table: its header is on row 5.
  sheet(progress, (ws, direct) => writeReviewProgressSheet(ws, plan, direct), TABLE_HEADER_ROW + 1);
  sheet(measures, (ws, direct) => writeReviewMeasuresSheet(ws, plan, direct), TABLE_HEADER_ROW + 1);
  sheet(HISTORY_SHEET, (ws, direct) => writeHistorySheet(ws, plan, direct), HISTORY_HEADER_ROW);
  sheet('Problems', (ws, direct) => writeProblemsSheet(ws, plan, direct), TABLE_HEADER_ROW);
  if (plan.changes !== null) sheet('Changes', (ws, direct) => writeChangesSheet(ws, plan, direct), TABLE_HEADER_ROW);
  hidden(PLAN_META_SHEET, [['kind', PLAN_KIND], ['schemaVersion', PLAN_SCHEMA_VERSION], ['jurisdictionId', plan.jurisdiction.id], ['asOf', plan.asOf], ['generator', GENERATOR], ['generatedAt', generatedAt.toISOString()]]);
  // What each group submitted for the committee's fields: how the next merge tells a committee edit from a group's.
  const basisRows = [...basis].sort(([a], [b]) => a.localeCompare(b)).map(([id, values]) => [id, ...COMMITTEE_FIELDS.map((f) => values[f])]);
  hidden(PLAN_BASIS_SHEET, [['stepId', ...COMMITTEE_FIELDS], ...basisRows]);
  const differs = (s: ConsolidatedPlan['steps'][number]): boolean => {
    const b = basis.get(s.stepId);
    return b === undefined || COMMITTEE_FIELDS.some((f) => b[f] !== s[f]);
  };
  hidden(PLAN_WRITTEN_SHEET, [['stepId', ...COMMITTEE_FIELDS], ...plan.steps.filter(differs).map((s) => [s.stepId, ...COMMITTEE_FIELDS.map((f) => s[f])])]);
  hidden(PLAN_UPDATES_SHEET, [['updateId', 'file', 'groupId', 'appliedOn'], ...applied.map((a) => [a.updateId, a.file, a.groupId, a.appliedOn])]);
  return wb.commit();
}
