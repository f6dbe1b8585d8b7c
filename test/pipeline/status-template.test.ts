// The status-update workbook: made from the current plan with only the group's own steps, filled in
// with exceljs, and read back (recognised by its _meta kind) with bad cells named.

import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { cellText, findSheet, statusMetaKey } from '../../src/core';
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

  it('reads a status update the add-in put inside a member’s own workbook, and still reads the assessment', async () => {
    const s = scratch();
    try {
      const j = sampleJurisdiction();
      const previous = `${s.dir}/previous.xlsx`;
      await runMerge(s.options({ out: previous }), QUIET);
      const { plan } = await readPreviousPlan(previous, j);
      const statusBook = await buildStatusTemplate(j, group(j, 'WG2'), plan.steps, '2027-06-15', new Date(Date.UTC(2027, 5, 15)), 'embedded-1');
      const source = readGrid(statusBook);
      const wg2 = `${s.submissions}/riverbend-county-WG2.xlsx`;
      writeFileSync(wg2, await edit(readFileSync(wg2), (wb) => {
        // As the add-in lays it out: the sheet inside the assessment, its metadata under statusUpdate.* keys.
        const ws = wb.addWorksheet('Status update');
        (findSheet(source, 'Status update')?.rows ?? []).forEach((row, r) => row.forEach((c, k) => (ws.getCell(r + 1, k + 1).value = cellText(c))));
        ws.getCell('H6').value = 'Completed';
        const meta = sheet(wb, '_meta');
        for (const [k, v] of [['updateId', 'embedded-1'], ['asOf', '2027-06-15'], ['round', 'Quarterly meeting 2'], ['createdAt', '2027-06-15T00:00:00.000Z']]) meta.addRow([statusMetaKey(k as 'updateId'), v]);
      }));
      const r = read(readFileSync(wg2), j, 'riverbend-county-WG2.xlsx');
      assert.ok(r.submission, 'the assessment is still read');
      assert.equal(r.update?.updateId, 'embedded-1');
      const { result } = await runMerge(s.options({ previous }), QUIET);
      assert.equal(result.plan.groups.find((g) => g.groupId === 'WG2')?.state, 'received');
      assert.equal(result.plan.steps.find((x) => x.stepId === 'WG2-01')?.status, 'Completed');
    } finally {
      s.remove();
    }
  });
});
