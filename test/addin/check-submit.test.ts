// "Check my work" and "Ready to submit" over the gateway on the fake workbook: problems in plain
// words with the cell to select, completeness, and the submission time written into the metadata.

import * as assert from 'node:assert/strict';
import { META_SHEET, parseSubmission } from '../../src/core';
import { checkWorkbook, targetOf } from '../../src/taskpane/check-work';
import { blankWorkbook, gatewayOn, group, sampleJurisdiction, setUp } from './addin-fixtures';

describe('add-in: check my work and ready to submit', () => {
  it('lists a bad rating with its cell, selects that cell, and clears once fixed', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    const gateway = gatewayOn(wb);
    wb.type('S1 Practice', 'D6', 'maybe');
    wb.type('S2 Leadership', 'D7', '9');
    const result = checkWorkbook(await gateway.readGrid(), j);
    assert.deepEqual(result.problems.map((p) => [p.code, p.target]), [
      ['RATING_INVALID', { sheet: 'S1 Practice', address: 'D6' }],
      ['RATING_INVALID', { sheet: 'S2 Leadership', address: 'D7' }],
    ]);
    assert.equal(result.summary, '2 problems to fix.');
    assert.equal(result.problems[0]?.text, 'Rating: Must be 1-4 or Don\'t know, got "maybe" (S1 Practice!D6). Choose a rating from the dropdown, or type just its number');
    assert.equal(result.hasErrors, true);
    const first = result.problems[0]?.target;
    assert.ok(first);
    await gateway.selectCell(first.sheet, first.address);
    assert.deepEqual(wb.selection, { sheet: 'S1 Practice', address: 'D6' });
    assert.equal(wb.activeSheet, 'S1 Practice');
    wb.type('S1 Practice', 'D6', "Don't know");
    wb.type('S2 Leadership', 'D7', '4 - Fully in place');
    const fixed = checkWorkbook(await gateway.readGrid(), j);
    assert.equal(fixed.hasErrors, false);
    const practice = fixed.progress.find((p) => p.capacity === 'S1' && p.assessment === 'practice');
    assert.match(practice?.detail ?? '', /^1 of \d+ items rated$/);
  });

  it('points a whole-row problem at the row', () => {
    assert.deepEqual(targetOf({ code: 'X', severity: 'warning', message: 'm', sheet: 'Plan', row: 9 }), { sheet: 'Plan', address: '9:9' });
    assert.equal(targetOf({ code: 'X', severity: 'warning', message: 'm', sheet: 'Plan' }), null);
  });

  it('writes submittedAt into the metadata, where the merge reads it, in two syncs', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG3'));
    const gateway = gatewayOn(wb);
    const before = wb.syncCount;
    await gateway.writeMeta(META_SHEET, [['submittedAt', '2026-11-20T15:04:05.000Z']]);
    assert.equal(wb.syncCount - before, 2);
    const parsed = parseSubmission(await gateway.readGrid(), j, 'WG3.xlsx');
    assert.equal(parsed.submission?.meta.submittedAt, '2026-11-20T15:04:05.000Z');
    assert.equal(parsed.submission?.meta.capacities.join(','), 'WB1,WB2');
    assert.equal((await gateway.readState()).meta?.get('workGroupId'), 'WG3');
  });
});
