import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSnapshotData } from '../../../pipeline/snapshot/generate-snapshot-data';

describe('synthetic Snapshot data', () => {
  const make = async (seed: number) => {
    const outDir = mkdtempSync(join(tmpdir(), 'snapshot-gen-'));
    const p = await generateSnapshotData({ episodes: 300, reports: 500, outDir, seed, through: '2026-10-31', years: 5 });
    return [readFileSync(p.episodes, 'utf8'), readFileSync(p.reports, 'utf8')] as const;
  };

  it('writes exactly the rows asked for, the same bytes for the same seed', async () => {
    const [e1, r1] = await make(3);
    const [e2, r2] = await make(3);
    const [e3] = await make(4);
    assert.equal(e1.trimEnd().split('\n').length, 301);
    assert.equal(r1.trimEnd().split('\n').length, 501);
    assert.equal(e1, e2);
    assert.equal(r1, r2);
    assert.notEqual(e1, e3);
  });

  it('writes no event after the last day and no discharge before its removal', async () => {
    const [e] = await make(5);
    for (const line of e.trimEnd().split('\n').slice(1)) {
      const f = line.split(',');
      const removal = f[11] ?? '';
      const discharge = f[12] ?? '';
      assert.ok(removal <= '2026-10-31', line);
      assert.ok(discharge === '' || (discharge >= removal && discharge <= '2026-10-31'), line);
    }
  });
});
