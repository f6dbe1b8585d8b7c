// Fills a template the way a person does in Excel: opens it, types into the input cells, saves.
// Used to make the bundled sample submissions and the tests' filled workbooks from our own code.

import ExcelJS from 'exceljs';
import {
  type ColumnDef,
  type CONCLUSION_COLUMNS,
  type ITEM_COLUMNS,
  type NEED_COLUMNS,
  type PLAN_COLUMNS,
  type SERVICE_COLUMNS,
  type TableSheet,
  type WorkbookLayout,
} from '../../src/core';
import { setColumnValidations } from '../xlsx/template-writer';

/** What a person types: text, a number, or a date. */
export type Typed = string | number | Date;
export type Fill<Cols extends readonly ColumnDef[]> = Partial<Record<Cols[number]['key'], Typed>>;

export interface CapacityContent {
  /** Keyed by item id (PR01…); items not listed stay unrated. */
  readonly practice: Readonly<Record<string, Fill<typeof ITEM_COLUMNS>>>;
  readonly leadership: Readonly<Record<string, Fill<typeof ITEM_COLUMNS>>>;
  /** Items a group adds on the blank rows under the listed ones. */
  readonly otherPractice?: readonly Fill<typeof ITEM_COLUMNS>[];
  readonly services: readonly Fill<typeof SERVICE_COLUMNS>[];
  readonly needs: readonly Fill<typeof NEED_COLUMNS>[];
}

export interface GroupContent {
  readonly groupId: string;
  readonly capacities: Readonly<Record<string, CapacityContent>>;
  readonly conclusions: readonly Fill<typeof CONCLUSION_COLUMNS>[];
  /** Written on the numbered plan rows in order, keeping their step ids. */
  readonly plan: readonly Fill<typeof PLAN_COLUMNS>[];
  /** What the add-in's "Ready to submit" stamps into the metadata (ISO timestamp). */
  readonly submittedAt?: string;
}

export async function fillTemplate(template: Buffer, layout: WorkbookLayout, content: GroupContent): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as unknown as ExcelJS.Buffer);
  for (const table of layout.sheets) {
    if (table.kind !== 'table') continue;
    const ws = wb.getWorksheet(table.name);
    if (ws === undefined) throw new Error(`template has no sheet "${table.name}"`);
    // exceljs reads each validation's range back cell by cell and writes it out again as overlapping
    // ranges, every rule twice; a workbook filled in Excel keeps the template's, as these are put back.
    setColumnValidations(ws, table, layout.lists);
    const c = table.capacity === null ? undefined : content.capacities[table.capacity];
    switch (table.table) {
      case 'practice':
      case 'leadership': {
        const byId = table.table === 'practice' ? c?.practice : c?.leadership;
        table.rows.forEach((row, i) => {
          const fill = byId?.[row['itemId'] ?? ''];
          if (fill !== undefined) writeRow(ws, table, i, fill);
        });
        const firstBlank = table.rows.findIndex((row) => (row['itemId'] ?? '') === '');
        if (table.table === 'practice') (c?.otherPractice ?? []).forEach((fill, k) => writeRow(ws, table, firstBlank + k, fill));
        break;
      }
      case 'services':
        (c?.services ?? []).forEach((fill, i) => writeRow(ws, table, i, fill));
        break;
      case 'needs':
        (c?.needs ?? []).forEach((fill, i) => writeRow(ws, table, i, fill));
        break;
      case 'conclusions':
        content.conclusions.forEach((fill, i) => writeRow(ws, table, i, fill));
        break;
      case 'plan':
        content.plan.forEach((fill, i) => writeRow(ws, table, i, fill));
        break;
    }
  }
  if (content.submittedAt !== undefined) stampSubmitted(wb, layout.metaSheet, content.submittedAt);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function stampSubmitted(wb: ExcelJS.Workbook, metaSheet: string, when: string): void {
  wb.getWorksheet(metaSheet)?.eachRow((row) => {
    if (row.getCell(1).value === 'submittedAt') row.getCell(2).value = when;
  });
}

export function writeRow(ws: ExcelJS.Worksheet, table: TableSheet, index: number, fill: Readonly<Record<string, Typed | undefined>>): void {
  if (index < 0 || index >= table.rows.length) throw new Error(`${table.name} has only ${table.rows.length} rows; content needs row ${index + 1}`);
  const row = ws.getRow(table.headerRow + 1 + index);
  table.columns.forEach((col, c) => {
    const value = fill[col.key];
    if (value !== undefined) row.getCell(c + 1).value = col.type.kind === 'rating' ? asChosen(value) : value;
  });
}

/** A rating chosen from the dropdown is the level's number (the list shows "3 - Partially in place" for 3). */
function asChosen(value: Typed): Typed {
  const level = typeof value === 'string' ? /^(\d+) - /.exec(value)?.[1] : undefined;
  return level === undefined ? value : Number(level);
}
