// manifest.xml against the offline checks `npm run validate` runs (Microsoft's validator is online
// only): the real manifest passes, and each planted mistake is found.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkManifest } from '../../tools/manifest-checks';
import { ROOT } from '../helpers/fixtures';

const ASSETS = path.join(ROOT, 'assets');
const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

describe('add-in: manifest.xml', () => {
  it('passes every offline check', () => {
    assert.deepEqual(checkManifest(xml, ASSETS), []);
  });

  const planted: readonly [what: string, change: (x: string) => string, found: RegExp][] = [
    ['elements out of order', (x) => x.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'), /out of the schema's order/],
    ['an undefined resid', (x) => x.replace('resid="Group.Label"', 'resid="Group.Nope"'), /resid Group\.Nope is used but not defined/],
    ['an http URL', (x) => x.replace('<SupportUrl DefaultValue="https://', '<SupportUrl DefaultValue="http://'), /must use https/],
    ['a long tooltip', (x) => x.replace(/(id="TaskpaneButton\.Tooltip" DefaultValue=")/, `$1${'x'.repeat(251)}`), /longer than 250/],
    ['no ExcelApi floor', (x) => x.replace('MinVersion="1.9"', 'MinVersion="1.1"'), /ExcelApi 1\.9 floor/],
    ['another host', (x) => x.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /only Workbook/],
    ['a missing icon', (x) => x.replace('icon-80.png', 'icon-81.png'), /has no file/],
    ['broken XML', (x) => x.replace('</Hosts>', ''), /not well-formed/],
  ];
  for (const [what, change, found] of planted) {
    it(`finds ${what}`, () => {
      const changed = change(xml);
      assert.notEqual(changed, xml, 'the plant changed the manifest');
      const problems = checkManifest(changed, ASSETS);
      assert.ok(problems.some((p) => found.test(p)), problems.join('\n'));
    });
  }

  it('has a ribbon tooltip and a support page that cover every task', () => {
    const tip = (id: string): string => new RegExp(`id="${id}" DefaultValue="([^"]*)"`).exec(xml)?.[1] ?? '';
    const tasks = tip('TaskpaneButton.Tooltip');
    for (const task of [/set up or repair/i, /check your work/i, /ready to submit/i, /quarterly status update/i]) assert.match(tasks, task);
    assert.match(tip('SnapshotButton.Tooltip'), /analysts.*Snapshot/i);
    assert.match(xml, /<SourceLocation resid="Snapshot.Url"\/>/);
    const help = readFileSync(path.join(ROOT, 'src/taskpane/help.html'), 'utf8');
    for (const task of ['Set up or repair', 'Check my work', 'Ready to submit', 'Quarterly status update', 'Child and Family Snapshot']) assert.ok(help.includes(task), task);
  });

  it('is what `npm run validate` checks, with exit 1 on a problem', () => {
    const cli = path.join(ROOT, 'build/tools/validate-manifest.js');
    assert.match(execFileSync(process.execPath, [cli, 'manifest.xml'], { cwd: ROOT, encoding: 'utf8' }), /passes every offline check/);
    assert.throws(() => execFileSync(process.execPath, [cli, 'package.json'], { cwd: ROOT, stdio: 'pipe' }), (e: { status?: number }) => e.status === 1);
  });
});
