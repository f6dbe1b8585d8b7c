// The submissions folder as people and sync clients really leave it: links to files (followed and
// named as links), links to nothing, links in a loop, a link to a folder, a pipe, a device, and a
// file that vanishes while the folder is read. Each is reported on its own line; the merge never
// waits on a pipe, and the good groups are merged.

import * as fsModule from 'node:fs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { findSubmissions } from '../../pipeline/merge/find-submissions';
import { runMerge } from '../../pipeline/merge/run-merge';
import { QUIET, scratch, type Scratch } from '../helpers/merge-fixtures';

describe('the submissions folder as it really is', function () {
  this.timeout(60_000);
  let s: Scratch;
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  it('follows links to files, skips links to nothing, looping links, pipes and devices, each with its own line', async () => {
    const elsewhere = path.join(s.dir, 'elsewhere');
    mkdirSync(elsewhere);
    renameSync(path.join(s.submissions, 'riverbend-county-WG1.xlsx'), path.join(elsewhere, 'WG1 final.xlsx'));
    const at = (name: string): string => path.join(s.submissions, name);
    symlinkSync(path.join(elsewhere, 'WG1 final.xlsx'), at('riverbend-county-WG1.xlsx'));
    symlinkSync(path.join(elsewhere, 'deleted.xlsx'), at('dangling.xlsx'));
    symlinkSync(at('loop-b.xlsx'), at('loop-a.xlsx'));
    symlinkSync(at('loop-a.xlsx'), at('loop-b.xlsx'));
    symlinkSync(elsewhere, at('a folder link'));
    symlinkSync('/dev/null', at('device.xlsx'));
    execFileSync('mkfifo', [at('pipe.xlsx')]);
    const { result, exitCode } = await runMerge(s.options(), QUIET);
    assert.equal(exitCode, 1);
    assert.deepEqual(result.plan.groups.map((g) => [g.groupId, g.state, g.file]), ['WG1', 'WG2', 'WG3', 'WG4'].map((g) => [g, 'received', `riverbend-county-${g}.xlsx`]));
    const lines = result.plan.problems.filter((p) => !p.file?.startsWith('riverbend-county-WG4')).map((p) => [p.file, p.code, p.severity, p.message]);
    assert.deepEqual(lines, [
      ['a folder link', 'FOLDER_SKIPPED', 'warning', 'The folder "a folder link" inside the submissions folder was not searched'],
      ['dangling.xlsx', 'LINK_BROKEN_SKIPPED', 'warning', `Skipped a link to ${path.join(elsewhere, 'deleted.xlsx')}, which does not exist`],
      ['device.xlsx', 'SPECIAL_FILE_SKIPPED', 'warning', 'Skipped "device.xlsx": it is a device, not a file'],
      ['loop-a.xlsx', 'LINK_LOOP_SKIPPED', 'warning', `Skipped a link that leads back to itself (it points to ${at('loop-b.xlsx')})`],
      ['loop-b.xlsx', 'LINK_LOOP_SKIPPED', 'warning', `Skipped a link that leads back to itself (it points to ${at('loop-a.xlsx')})`],
      ['pipe.xlsx', 'SPECIAL_FILE_SKIPPED', 'warning', 'Skipped "pipe.xlsx": it is a pipe, not a file'],
      ['riverbend-county-WG1.xlsx', 'LINK_FOLLOWED', 'warning', `This is a link to ${path.join(elsewhere, 'WG1 final.xlsx')}; that workbook was read`],
    ]);
  });

  it('reports a file that vanishes while the folder is read, and lists the rest', async () => {
    const fs = fsModule;
    const readdir = fs.promises.readdir;
    fs.promises.readdir = (async (dir: string) => [...(await readdir(dir)), 'Book1.xlsx']) as typeof readdir;
    try {
      const found = await findSubmissions(s.submissions);
      assert.equal(found.files.length, 4);
      assert.deepEqual(found.skipped.map((i) => [i.file, i.code, i.severity]), [['Book1.xlsx', 'FILE_UNREADABLE', 'error']]);
    } finally {
      fs.promises.readdir = readdir;
    }
  });
});
