// The attacker against the Snapshot: random small counties, three yearly releases each, attacked
// together from their JSON alone; and the recoveries found in the audit, as fixed cases.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot } from '../../src/core/snapshot';
import { attackSnapshots } from './snapshot-attacker';
import { county, publish, removeTemporaryFolders, temporaryFolder } from './counties';
import { episodesCsv, reportsCsv } from '../addin/csv-fixtures';

/** Seeds run in `npm test`; `npm run attack:snapshot` runs many more. */
const SEEDS = [1, 2, 3, 7, 11, 19];

function cellsOf(s: Snapshot, table: string): Map<string, number | null> {
  const t = s.sections.flatMap((x) => x.tables).find((x) => x.id === table);
  return new Map((t?.rows ?? []).map((r) => [r.label, r.cells[0]?.suppressed === true ? null : (r.cells[0]?.value as number)]));
}

const EP_HEAD = 'RecNumbr,DOB,Sex,LatRemDt,DoDFCDt,DISREASN,CurPlSet';
const REP_HEAD = 'ChID,RptDt,RptDisp,ChAge';

/** Writes episodes and reports and publishes the given periods. */
async function crafted(episodes: string[], reports: string[], periods: string[]): Promise<Snapshot[]> {
  const dir = temporaryFolder('attack-case-');
  writeFileSync(join(dir, 'episodes.csv'), [EP_HEAD, ...episodes].join('\n'));
  writeFileSync(join(dir, 'reports.csv'), [REP_HEAD, ...(reports.length > 0 ? reports : ['Z1,2023-01-05,5,7'])].join('\n'));
  return publish(dir, periods);
}

const ep = (n: number, id: string, removal: string, discharge = '', reason = ''): string[] =>
  Array.from({ length: n }, (_, i) => `${id}${i},2015-03-0${1 + (i % 9)},${1 + (i % 2)},${removal},${discharge},${reason},3`);
const rp = (n: number, id: string, date: string, disp: number): string[] => Array.from({ length: n }, (_, i) => `${id}${i},${date},${disp},${5 + (i % 9)}`);

describe('the Snapshot attacker (exact integer ranges from the published JSON alone)', function () {
  this.timeout(120_000);
  after(removeTemporaryFolders);

  for (const seed of SEEDS) {
    it(`county ${seed}: three yearly releases together leave every suppressed count 3 or more values`, async () => {
      const c = await county(seed);
      const r = await attackSnapshots(c.releases);
      assert.ok(r.cells.length > 10, `only ${r.cells.length} suppressed counts to attack`);
      assert.deepEqual(r.narrowed, []);
    });
  }

  it('trend column against the front door: substantiated 16 and 25 substantiated or indicated do not give indicated away', async () => {
    const releases = await crafted(ep(30, 'E', '2023-11-02'), [...rp(16, 'S', '2023-12-01', 1), ...rp(9, 'I', '2024-01-10', 2), ...rp(40, 'U', '2024-02-10', 5)], ['FFY2024']);
    const disp = cellsOf(releases[0] as Snapshot, 'reports.disposition');
    assert.equal(disp.get('Indicated'), null, 'indicated (9) is suppressed');
    assert.deepEqual((await attackSnapshots(releases)).narrowed, []);
  });

  it('stock and flow: in care 25, entries 27, in care 45 do not give the exits (7) away', async () => {
    const episodes = [...ep(25, 'A', '2022-11-01'), ...ep(20, 'B', '2023-12-01'), ...ep(7, 'C', '2023-12-01', '2024-03-01', '1')];
    const releases = await crafted(episodes, [], ['FFY2024']);
    const trend = releases[0]?.sections.find((s) => s.id === 'trends')?.tables[0]?.rows.find((r) => r.label === 'FFY2024');
    assert.equal(trend?.cells[1]?.suppressed, true, 'exits (7) are suppressed');
    assert.deepEqual((await attackSnapshots(releases)).narrowed, []);
  });

  it('keeps every trend row of the window, zeros included, so no row tells that nobody was in care before', async () => {
    const releases = await crafted([...ep(3, 'A', '2023-11-01'), ...ep(30, 'B', '2024-01-01')], [], ['FFY2024']);
    const rows = releases[0]?.sections.find((s) => s.id === 'trends')?.tables[0]?.rows ?? [];
    assert.deepEqual(rows.map((r) => r.label), ['FFY2015', 'FFY2016', 'FFY2017', 'FFY2018', 'FFY2019', 'FFY2020', 'FFY2021', 'FFY2022', 'FFY2023', 'FFY2024']);
    assert.deepEqual(rows[0]?.cells.map((c) => c.value), [0, 0, 0, 0, 0]);
    assert.deepEqual((await attackSnapshots(releases)).narrowed, []);
  });

  it('the S2 cohort, equal to the victims under 18, does not unlock the victims table', async () => {
    const reports = [...rp(14, 'V', '2023-12-01', 1), ...rp(3, 'W', '2024-01-01', 2), ...rp(30, 'U', '2024-02-01', 5)];
    const releases = await crafted(ep(20, 'E', '2023-11-02'), reports, ['FFY2024']);
    assert.deepEqual((await attackSnapshots(releases)).narrowed, []);
  });

  it('a year with no entries and a few exits after a fully shown year is published, and safe beside it', async () => {
    // Exits + in care at the end = in care at the start, which the year before pins: the few exits hide
    // with in care at the end, and the next year hides the P2, P3 and S1 cohorts that start from it.
    const dir = temporaryFolder('attack-case-');
    writeFileSync(join(dir, 'episodes.csv'), episodesCsv(60));
    writeFileSync(join(dir, 'reports.csv'), reportsCsv(80));
    const releases = await publish(dir, ['FFY2025', 'FFY2026'], new Date('2026-11-15T12:00:00Z'));
    const trend = releases[1]?.sections.find((x) => x.id === 'trends')?.tables[0]?.rows.find((r) => r.label === 'FFY2026');
    assert.deepEqual(trend?.cells.slice(0, 3).map((c) => c.suppressed), [false, true, true], 'no entries; exits and in care hidden');
    assert.deepEqual((await attackSnapshots(releases)).narrowed, []);
  });

  it('publishes no exact date of a child event and no row count', async () => {
    const c = await county(5);
    for (const s of c.releases) {
      // Definitions carry fixed example dates; every other note may name months only.
      const text = JSON.stringify(s.notes.filter((n) => !/^(P[1-5]|S[12]) /.test(n.title)));
      const dates = [...text.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((m) => m[0]);
      assert.deepEqual(dates.filter((d) => d !== s.period.start && d !== s.period.end), [], 'only the period bounds are dates');
      for (const f of s.inputs) assert.equal('rows' in f, false);
    }
  });
});
