// No wrapped cell sits in a row too short for its text: every row of every workbook the pipeline
// writes is at least as tall as LibreOffice's own optimal height for its content,
// measured through UNO. (Merged cells, which LibreOffice does not measure, are checked on paper by
// the rendering test.)

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { PYTHON, SOFFICE, hasUno, requireTool } from '../helpers/external-tools';
import { ROOT } from '../helpers/fixtures';
import { sampleSnapshot, sampleWorkbooks } from '../helpers/sample-outputs';

const run = promisify(execFile);
const SCRIPT = path.join(ROOT, 'test/helpers/lo_row_heights.py');

/** [sheet, row, height given, LibreOffice's optimal height], in points. */
type Row = [string, number, number, number];

describe('row heights (LibreOffice measures them)', function () {
  this.timeout(300_000);
  let rows: Record<string, Row[]>;

  before(async function () {
    requireTool(this, 'LibreOffice with its Python bridge (Debian libreoffice-calc-nogui, python3-uno)', SOFFICE !== undefined && hasUno());
    const dir = mkdtempSync(path.join(tmpdir(), 'sa-rows-'));
    try {
      const files = { ...(await sampleWorkbooks()), snapshot: (await sampleSnapshot()).xlsx };
      const paths = Object.entries(files).map(([name, bytes]) => {
        const file = path.join(dir, `${name}.xlsx`);
        writeFileSync(file, bytes);
        return file;
      });
      const { stdout } = await run(PYTHON, [SCRIPT, SOFFICE ?? '', path.join(dir, 'profile'), ...paths], { timeout: 240_000, maxBuffer: 64 * 1024 * 1024 });
      rows = JSON.parse(stdout) as Record<string, Row[]>;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const name of ['template', 'snapshot', 'roster', 'status', 'plan']) {
    it(`${name}: every row with wrapped text is as tall as its text needs`, () => {
      const measured = rows[`${name}.xlsx`] ?? [];
      assert.ok(measured.length > 5, `${measured.length} rows with wrapped text measured`);
      const short = measured.filter(([, , given, optimal]) => given + 0.5 < optimal).map(([s, r, g, o]) => `${s} row ${r}: ${g} pt, needs ${o} pt`);
      assert.deepEqual(short, []);
    });
  }
});
