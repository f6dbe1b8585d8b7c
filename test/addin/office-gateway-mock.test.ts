// Leaf tests of the Office.js gateway with Microsoft's office-addin-mock: the production wiring
// (Office.onReady, the ExcelApi 1.9 check, Excel.run) and the calls of small operations.

import * as assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeGateway, startOffice, type ExcelRun } from '../../src/excel/office-gateway';

interface Recorded {
  activated?: boolean;
  selected?: boolean;
  address?: string;
  name?: string;
  args?: number[];
  values?: unknown;
  numberFormat?: unknown;
}

function excelMock(): OfficeMockObject {
  return new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: {
              select: function (this: Recorded) {
                this.selected = true;
              },
            },
            // office-addin-mock cannot hold arrays (its issues #729, #904): an empty metadata sheet is the leaf case.
            used: { isNullObject: true, rowIndex: 0, values: '' },
            target: {},
            activate: function (this: Recorded) {
              this.activated = true;
            },
            getRange: function (this: { range: Recorded }, address: string) {
              this.range.address = address;
              return this.range;
            },
            getUsedRangeOrNullObject: function (this: { used: unknown }) {
              return this.used;
            },
            getRangeByIndexes: function (this: { target: Recorded }, ...args: number[]) {
              this.target.args = args;
              return this.target;
            },
          },
          getItem: function (this: { sheet: Recorded }, name: string) {
            this.sheet.name = name;
            return this.sheet;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
}

/** office-addin-mock objects are untyped; these tests read back what the gateway set on them. */
function sheetOf(mock: OfficeMockObject): Recorded & { range: Recorded; target: Recorded } {
  const m = mock as unknown as { context: { workbook: { worksheets: { sheet: Recorded & { range: Recorded; target: Recorded } } } } };
  return m.context.workbook.worksheets.sheet;
}

describe('add-in: Office.js gateway leaf tests (office-addin-mock)', () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals['Office'];
    delete globals['Excel'];
  });

  it('startOffice waits for Office, checks ExcelApi 1.9, and runs operations through Excel.run', async () => {
    const asked: string[] = [];
    globals['Office'] = new OfficeMockObject({
      onReady: async () => ({ host: 'Excel' }),
      context: { requirements: { isSetSupported: (set: string, version: string) => (asked.push(`${set} ${version}`), true) } },
    });
    const excel = excelMock();
    globals['Excel'] = excel;
    const { gateway, supported } = await startOffice();
    assert.equal(supported, true);
    assert.deepEqual(asked, ['ExcelApi 1.9']);
    await gateway.selectCell('S1 Practice', 'D6');
    const sheet = sheetOf(excel);
    assert.equal(sheet.name, 'S1 Practice');
    assert.equal(sheet.activated, true);
    assert.equal(sheet.range.address, 'D6');
    assert.equal(sheet.range.selected, true);
  });

  it('writeMeta adds a missing key on the first free row, as text', async () => {
    const excel = excelMock();
    // The mock is untyped; its run hands the batch the mock context, as Excel.run would.
    const run = (excel as unknown as { run: ExcelRun }).run.bind(excel);
    await new OfficeGateway(run).writeMeta('_meta', [['submittedAt', '2026-11-20T10:00:00.000Z']]);
    const target = sheetOf(excel).target;
    assert.deepEqual(target.args, [0, 0, 1, 2]);
    assert.deepEqual(target.values, [['submittedAt', '2026-11-20T10:00:00.000Z']]);
    assert.deepEqual(target.numberFormat, [['@', '@']]);
  });
});
