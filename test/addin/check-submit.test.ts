// "Check my work" and "Ready to submit" over the gateway on the fake workbook: problems in plain
// words, one card per row, with the cell to select; how much is done; the rules the workbook
// carries (no jurisdiction file); and the submission time written into the metadata.

import * as assert from 'node:assert/strict';
import { META_SHEET, jurisdictionFromMeta, parseSubmission } from '../../src/core';
import { checkWorkbook, targetOf } from '../../src/taskpane/check-work';
import { snapshotQuestion } from '../../src/taskpane/panels/snapshot-panel';
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
    assert.equal(result.summary, '2 problems to fix. The workbook is about 0% done (ratings given, services rated, needs with a priority).');
    assert.deepEqual(result.cards[0], {
      severity: 'error',
      place: 'S1 Practice, row 6',
      lines: ['Rating: you typed "maybe". Choose a rating from the dropdown (a number from the legend on "Start here", or Don\'t know), or type just its number.'],
      target: { sheet: 'S1 Practice', address: 'D6' },
      goTo: 'Go to S1 Practice, row 6 (Rating)',
    });
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

  it('puts a half-filled row on one card: what it still needs, and what was typed', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG1'));
    wb.type('S1 Services', 'A6', 'Parent education');
    wb.type('S1 Services', 'F6', 'twelve');
    const result = checkWorkbook(await gatewayOn(wb).readGrid(), j);
    assert.equal(result.problems.length, 6, 'six problems in the core');
    assert.deepEqual(result.cards.map((c) => [c.place, ...c.lines]), [
      [
        'S1 Services, row 6',
        'Row 6 still needs: Provider, Availability, Accessibility, Quality, Individualization. Fill them in, or clear the row if it is not needed.',
        'Slots / capacity: you typed "twelve". Type a whole number from 0 to 100000, without words or units.',
      ],
    ]);
    assert.equal(result.cards[0]?.goTo, 'Go to S1 Services, row 6 (Provider)');
    assert.match(result.summary, /^1 problem to fix\. The workbook is about \d+% done/);
  });

  it('says how much is done, and when nothing is filled in yet', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG4'));
    const gateway = gatewayOn(wb);
    const empty = checkWorkbook(await gateway.readGrid(), j);
    assert.equal(empty.empty, true);
    assert.equal(empty.summary, 'No problems found. Nothing has been filled in yet: no rating, service, need, conclusion or action step.');
    wb.type('WB3 Practice', 'D6', '3');
    wb.type('WB3 Practice', 'D7', '2');
    const some = checkWorkbook(await gateway.readGrid(), j);
    assert.equal(some.empty, false);
    assert.ok(some.done > 0 && some.done < 0.2, String(some.done));
    assert.match(some.summary, /^No problems found\. The workbook is about [1-9]\d?% done/);
  });

  it('checks a workbook with only what it carries: no jurisdiction file, the same findings', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    await setUp(wb, j, group(j, 'WG2'));
    wb.type('P1 Practice', 'D6', 'maybe');
    wb.type('Plan', 'B6', 'P2');
    const gateway = gatewayOn(wb);
    const meta = (await gateway.readState()).meta;
    assert.ok(meta);
    const carried = jurisdictionFromMeta(meta, 'This workbook');
    assert.deepEqual(carried.issues, []);
    assert.ok(carried.jurisdiction);
    assert.deepEqual(carried.jurisdiction.workGroups.map((g) => g.id), ['WG2'], 'only its own group');
    const grid = await gateway.readGrid();
    const alone = checkWorkbook(grid, carried.jurisdiction);
    const withFile = checkWorkbook(grid, j);
    assert.deepEqual(alone.cards, withFile.cards);
    assert.deepEqual(alone.progress, withFile.progress);
    assert.equal(alone.cards.length, 2);
  });

  it('asks before writing the Snapshot into a work group\'s workbook or one with other sheets, not into a blank one', async () => {
    const j = sampleJurisdiction();
    const wb = blankWorkbook();
    assert.equal(snapshotQuestion(await gatewayOn(wb).readState()), null);
    await setUp(wb, j, group(j, 'WG1'));
    assert.match(snapshotQuestion(await gatewayOn(wb).readState()) ?? '', /^This is Safety's assessment workbook\. The Snapshot belongs in a workbook of its own/);
    const other = blankWorkbook();
    other.add('Budget');
    assert.match(snapshotQuestion(await gatewayOn(other).readState()) ?? '', /other sheets \(Sheet1, Budget\)/);
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
