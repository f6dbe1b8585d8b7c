// The engagement workbook the steering committee keeps: written blank from the core's declaration by
// the assessment template writer (dropdowns, prompts, protection, frozen headers, print setup), and
// filled by code for the sample and the tests. read-engagement.ts reads it back.

import ExcelJS from 'exceljs';
import { type Jurisdiction } from '../../src/core';
import { ENGAGEMENT_SHEETS, buildEngagementLayout, type EVIDENCE_COLUMNS, type EngagementRowCounts, type INVOLVEMENT_COLUMNS, type LOG_COLUMNS, type PARTNER_COLUMNS } from '../../src/core/engagement';
import { GENERATOR } from '../version';
import { renderTemplate, setColumnValidations } from '../xlsx/template-writer';
import { writeRow, type Fill, type Typed } from '../samples/fill-template';

export function engagementFileName(j: Jurisdiction): string {
  return `${j.id}-engagement.xlsx`;
}

export function buildEngagementWorkbook(j: Jurisdiction, now: Date, workbookId: string, rows?: EngagementRowCounts): Promise<Buffer> {
  const layout = buildEngagementLayout(j, { workbookId, createdAt: now.toISOString(), generator: GENERATOR }, rows);
  return renderTemplate(layout, { footer: `${j.name} steering committee: partnerships and engagement (committee only)`, createdAt: now });
}

/** What the committee types into each sheet, in row order from the first data row. */
export interface EngagementContent {
  readonly partners: readonly Fill<typeof PARTNER_COLUMNS>[];
  readonly plan: readonly Fill<typeof INVOLVEMENT_COLUMNS>[];
  readonly log: readonly Fill<typeof LOG_COLUMNS>[];
  /** From the first row: the first nine fill the listed elements' rows, in order. */
  readonly evidence: readonly Fill<typeof EVIDENCE_COLUMNS>[];
  /** Answers, in question order. */
  readonly reflection: readonly string[];
}

/** Types the content into a blank engagement workbook, as a person does in Excel. */
export async function fillEngagementWorkbook(blank: Buffer, j: Jurisdiction, content: EngagementContent, rows?: EngagementRowCounts): Promise<Buffer> {
  const layout = buildEngagementLayout(j, { workbookId: '', createdAt: '', generator: '' }, rows);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(blank as unknown as ExcelJS.Buffer);
  const fills: Record<string, readonly Readonly<Record<string, Typed | undefined>>[]> = {
    [ENGAGEMENT_SHEETS.partners]: content.partners,
    [ENGAGEMENT_SHEETS.plan]: content.plan,
    [ENGAGEMENT_SHEETS.log]: content.log,
    [ENGAGEMENT_SHEETS.evidence]: content.evidence,
    [ENGAGEMENT_SHEETS.reflection]: content.reflection.map((answer) => ({ answer })),
  };
  for (const table of layout.sheets) {
    if (table.kind !== 'table') continue;
    const ws = wb.getWorksheet(table.name);
    if (ws === undefined) throw new Error(`engagement workbook has no sheet "${table.name}"`);
    // exceljs reads validations back cell by cell; put the template's ranges back (see fill-template).
    setColumnValidations(ws, table, layout.lists);
    (fills[table.name] ?? []).forEach((fill, i) => writeRow(ws, table, i, fill));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
