// The README is the first thing a new user reads: keep its promises checked.

import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './helpers/fixtures';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('README', () => {
  it('has the two-command quick start, and both commands exist', () => {
    assert.match(readme, /```sh\nnpm ci && npm run merge\nnpm test\n```/);
    const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    assert.ok(scripts['merge']?.includes('samples/submissions') && scripts['merge'].includes('out/plan.xlsx'));
    assert.ok(scripts['test']?.includes('mocha'));
  });

  it('documents every issue code the merge and the reader can report', () => {
    const dirs = ['src/core/jurisdiction', 'src/core/submission', 'src/core/merge', 'src/core/roster', 'src/core/monitoring', 'pipeline/xlsx', 'pipeline/merge', 'pipeline/config', 'pipeline/roster', 'pipeline/monitoring', 'src/core/engagement', 'pipeline/engagement', 'pipeline/documents'];
    const codes = new Set<string>();
    for (const file of dirs.flatMap((d) => sources(path.join(ROOT, d)))) {
      // Issue codes are the first argument of fail()/fatal(), a `code:` value, or one side of a code choice.
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:code: |fail\(|fatal\(|\? )'([A-Z][A-Z_]{4,})'(?!\s*:\s*'')/g)) codes.add(m[1] ?? '');
    }
    assert.ok(codes.size >= 30, `found ${codes.size} codes`);
    const missing = [...codes].filter((c) => !readme.includes(`\`${c}\``));
    assert.deepEqual(missing, []);
  });

  it('names every sub-command of the CLI', () => {
    const files = [...readdirSync(path.join(ROOT, 'pipeline/commands')).map((f) => `pipeline/commands/${f}`), 'pipeline/snapshot/snapshot-command.ts'];
    const commands = files.flatMap((f) => [...readFileSync(path.join(ROOT, f), 'utf8').matchAll(/\.command\('([a-z-]+)'\)/g)].map((m) => m[1] ?? ''));
    assert.ok(commands.length >= 3, commands.join(', '));
    for (const c of commands) assert.ok(readme.includes(`service-array ${c}`), `README does not show "service-array ${c}"`);
  });
});
