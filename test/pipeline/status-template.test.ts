// The status-update workbook: made from the current plan with only the group's own steps, filled in
// with exceljs, and read back (recognised by its _meta kind) with bad cells named.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cellText, findSheet } from '../../src/core';
import { runMerge } from '../../pipeline/merge/run-merge';
import { readPreviousPlan } from '../../pipeline/merge/previous-plan-reader';
import { buildStatusTemplate } from '../../pipeline/monitoring/write-status-templates';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { edit, group, read, sampleJurisdiction, sheet } from '../helpers/fixtures';
import { QUIET, scratch } from '../helpers/merge-fixtures';

describe('status-update workbook', function () {
  this.timeout(60_000);
  it('lists only the group’s steps and reads back what the group typed', async () => {
    const s = scratch();
    try {
      const j = sampleJurisdiction();
      await runMerge(s.options(), QUIET);
      const { plan } = await readPreviousPlan(s.options().out, j);
      const bytes = await buildStatusTemplate(j, group(j, 'WG2'), plan.steps, '2027-06-15', new Date(Date.UTC(2027, 5, 15)), 'id-1');
      const grid = readGrid(bytes);
      const ids = (findSheet(grid, 'Status update')?.rows ?? []).slice(5).map((r) => cellText(r[0]));
      assert.deepEqual(ids, ['WG2-01', 'WG2-02', 'WG2-03', 'WG2-04', 'WG2-05', 'WG2-06', 'WG2-07']);
      const meta = new Map((findSheet(grid, '_meta')?.rows ?? []).map((r) => [cellText(r[0]), cellText(r[1])]));
      assert.deepEqual([meta.get('kind'), meta.get('workGroupId'), meta.get('updateId'), meta.get('round')], ['status-update', 'WG2', 'id-1', 'Quarterly meeting 2 (half day), 2027-07-06']);
      const filled = await edit(bytes, (wb) => {
        const ws = sheet(wb, 'Status update');
        ws.getCell('H6').value = 'completed';
        ws.getCell('I6').value = '=HYPERLINK("x") typed as text';
        ws.getCell('J7').value = '9/30/2027';
        ws.getCell('H8').value = 'Finished-ish';
      });
      const r = read(filled, j, 'wg2-status.xlsx');
      assert.equal(r.submission, null);
      assert.deepEqual(r.update?.rows.map((x) => [x.stepId, x.status, x.progressNote, x.revisedTargetDate]), [
        ['WG2-01', 'Completed', '=HYPERLINK("x") typed as text', ''], ['WG2-02', '', '', '2027-09-30'], ['WG2-03', '', '', ''],
      ]);
      assert.deepEqual(r.issues.map((i) => [i.code, i.sheet, i.cell]), [['CHOICE_INVALID', 'Status update', 'H8']]);
    } finally {
      s.remove();
    }
  });
});
