// The WorkbookGateway on Office.js: each operation is one Excel.run that queues its work and syncs as
// few times as it can (never in a loop, except the Snapshot's size-limited chunks). `startOffice`
// waits for Office to load and is the only way the task pane gets a gateway.

import { META_SHEET, cellText, type WorkbookGrid, type WorkbookLayout } from '../core';
import { type SheetPlan } from '../core/snapshot-layout';
import { toCell, toSheetGrid, type OfficeValue } from './grid-convert';
import { queueLayout } from './layout-renderer';
import { writeSnapshotSheets } from './snapshot-writer';
import type { SetupPlan, SetupResult, WorkbookGateway, WorkbookState, WriteStats } from './workbook-gateway';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

interface UsedRange {
  readonly isNullObject: boolean;
  readonly values: OfficeValue[][];
}

function metaMap(used: UsedRange): Map<string, string> | null {
  if (used.isNullObject) return null;
  const meta = new Map<string, string>();
  for (const row of used.values) meta.set(cellText(toCell(row[0], undefined)).trim(), cellText(toCell(row[1], undefined)).trim());
  return meta;
}

export class OfficeGateway implements WorkbookGateway {
  constructor(private readonly run: ExcelRun) {}

  readState(): Promise<WorkbookState> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      const names = context.workbook.names;
      names.load('items/name');
      const meta = sheets.getItemOrNullObject(META_SHEET).getUsedRangeOrNullObject(true);
      meta.load('values');
      await context.sync();
      return {
        sheets: sheets.items.map((ws) => ({ name: ws.name, state: ws.visibility === 'VeryHidden' ? 'veryHidden' : ws.visibility === 'Hidden' ? 'hidden' : 'visible' })),
        names: names.items.map((n) => n.name),
        meta: metaMap(meta),
      };
    });
  }

  /** Two syncs: one to see what exists now, one to create what is still missing. */
  applyLayout(layout: WorkbookLayout, plan: SetupPlan): Promise<SetupResult> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      const names = context.workbook.names;
      names.load('items/name');
      const blanks = plan.removeIfBlank.map((name) => {
        const used = sheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true);
        // Any property fills isNullObject; the address is the smallest.
        used.load('address');
        return { name, used };
      });
      await context.sync();
      const existing = new Set(sheets.items.map((ws) => ws.name.toLowerCase()));
      const create = plan.create.filter((n) => !existing.has(n.toLowerCase()));
      const haveNames = new Set(names.items.map((n) => n.name.toLowerCase()));
      const addNames = plan.addNames.filter((n) => !haveNames.has(n.toLowerCase()));
      context.application.suspendScreenUpdatingUntilNextSync();
      queueLayout(context, layout, new Set(create), new Set(addNames), plan.footer);
      const first = layout.sheets[0];
      if (first !== undefined && create.includes(first.name)) sheets.getItem(first.name).activate();
      // A fresh workbook's empty "Sheet1" goes, so the workbook has exactly the template's sheets.
      const removed = blanks.filter((b) => existing.has(b.name.toLowerCase()) && b.used.isNullObject).map((b) => b.name);
      for (const name of removed) sheets.getItem(name).delete();
      await context.sync();
      return { created: create, namesAdded: addNames, removed };
    });
  }

  /** Two syncs: the sheet list, then every sheet's used range. */
  readGrid(): Promise<WorkbookGrid> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      const used = sheets.items.map((ws) => {
        const range = ws.getUsedRangeOrNullObject(true);
        range.load('values,valueTypes,rowIndex,columnIndex');
        return { ws, range };
      });
      await context.sync();
      return {
        date1904: false,
        sheets: used.map(({ ws, range }) =>
          toSheetGrid(ws.name, ws.visibility, range.isNullObject ? null : { rowIndex: range.rowIndex, columnIndex: range.columnIndex, values: range.values, valueTypes: range.valueTypes }),
        ),
      };
    });
  }

  writeMeta(sheet: string, entries: readonly (readonly [key: string, value: string])[]): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,rowIndex');
      await context.sync();
      const rows = used.isNullObject ? [] : used.values;
      const offset = used.isNullObject ? 0 : used.rowIndex;
      let next = offset + rows.length;
      for (const [key, value] of entries) {
        const found = rows.findIndex((r) => String(r[0] ?? '').trim() === key);
        const row = found >= 0 ? offset + found : next++;
        const cells = ws.getRangeByIndexes(row, 0, 1, 2);
        cells.numberFormat = [['@', '@']];
        cells.values = [[key, value]];
      }
      await context.sync();
    });
  }

  selectCell(sheet: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  writeSnapshot(sheets: readonly SheetPlan[], replace: readonly string[]): Promise<WriteStats> {
    return this.run((context) => writeSnapshotSheets(context, sheets, replace));
  }
}

/** Waits for Office, checks the ExcelApi 1.9 floor the manifest declares, and returns the gateway. */
export async function startOffice(): Promise<{ gateway: WorkbookGateway; supported: boolean }> {
  await Office.onReady();
  const supported = Office.context.requirements.isSetSupported('ExcelApi', '1.9');
  return { gateway: new OfficeGateway((batch) => Excel.run(batch)), supported };
}
