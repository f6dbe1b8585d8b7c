// The core's purity is checked, not promised: a library import, a Node built-in or a path out of
// src/core planted in a core file must fail the lint and the purity check (`npm run check:core`:
// tsc without Node or DOM types, then the lint rule on imports). The real core passes both.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers/fixtures';

const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

const lint = (file: string): { status: number | null; out: string } => {
  const r = spawnSync(process.execPath, [ESLINT, '--no-warn-ignored', file], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};
const coreTypes = (): { status: number | null; out: string } => {
  const r = spawnSync(process.execPath, [TSC, '-p', 'src/core/tsconfig.json', '--noEmit'], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
};

describe('core purity', function () {
  this.timeout(120_000);
  const plants: readonly [what: string, code: string][] = [
    ['a library (exceljs)', "import ExcelJS from 'exceljs';\nexport const planted = ExcelJS;\n"],
    ['papaparse, imported for its side effects', "import 'papaparse';\nexport const planted = 1;\n"],
    ['a Node built-in', "import { readFileSync } from 'node:fs';\nexport const planted = readFileSync;\n"],
    ['a module outside the core', "import { VERSION } from '../../../pipeline/version';\nexport const planted = VERSION;\n"],
    ['a dynamic import', "export const planted = (): Promise<unknown> => import('exceljs');\n"],
  ];
  const files = plants.map((_, i) => path.join(ROOT, `src/core/layout/zz-planted-violation-${i}.ts`));
  const remove = (): void => files.forEach((f) => rmSync(f, { force: true }));
  let linted: { status: number | null; out: string };
  before(() => {
    remove();
    plants.forEach(([, code], i) => writeFileSync(files[i] ?? '', code));
    // One lint run over the whole core with the plants in it: the real files must pass, each plant fail.
    linted = lint('src/core');
  });
  after(remove);

  it('passes on the core as it is, and fails on the plants alone', () => {
    assert.equal(linted.status, 1, linted.out);
    const failing = [...linted.out.matchAll(/^(\/\S+\.ts)$/gm)].map((m) => path.relative(ROOT, m[1] ?? ''));
    assert.deepEqual(failing.sort(), files.map((f) => path.relative(ROOT, f)).sort(), linted.out);
  });

  plants.forEach(([what], i) => {
    it(`fails the lint on ${what}`, () => {
      const block = linted.out.split(/\n(?=\/)/).find((b) => b.startsWith(files[i] ?? '-'));
      assert.match(block ?? '', /src\/core is pure/, linted.out);
    });
  });

  it('fails the type half of the purity check on a Node built-in', () => {
    // Alone: exceljs's own types pull Node's in, which is why imports are checked by the lint rule.
    remove();
    writeFileSync(files[2] ?? '', plants[2]?.[1] ?? '');
    const r = coreTypes();
    assert.notEqual(r.status, 0);
    assert.match(r.out, /Cannot find module 'node:fs'/);
  });
});
