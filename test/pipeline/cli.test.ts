// The command line as a user runs it: a real process, its output and its exit code.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ALL_CHILDREN, cellText, findSheet } from '../../src/core';
import { REVIEW_SHEETS } from '../../pipeline/merge/monitoring-sheets';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { ROOT } from '../helpers/fixtures';
import { SAMPLES, CONFIG, copyInto, scratch, type Scratch } from '../helpers/merge-fixtures';
import { CLI, cli } from '../helpers/run-cli';


describe('the service-array command', function () {
  this.timeout(60_000);
  let s: Scratch;
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  it('lists its commands with --help', async () => {
    const r = await cli('--help');
    assert.equal(r.code, 0);
    for (const command of ['template', 'merge']) assert.match(r.stdout, new RegExp(`^  ${command} `, 'm'));
  });

  it('stops quietly when the reader of its output stops early, as `| head` does', async () => {
    for (let run = 0; run < 5; run++) {
      const child = spawn('node', [CLI, 'merge', '--help'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // The first line read, the pipe closed, as head -1 does.
      await new Promise((resolve) => child.stdout.once('data', resolve));
      child.stdout.destroy();
      const code = await new Promise((resolve) => child.on('close', resolve));
      assert.equal(stderr, '', `run ${run}: nothing on stderr`);
      assert.equal(code, 0, `run ${run}`);
    }
  });

  it('prints its version, and every command\'s help marks required options, gives examples and exit codes', async () => {
    const version = await cli('--version');
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const top = await cli('--help');
    assert.match(top.stdout, /-V, --version/);
    assert.match(top.stdout, /Exit codes: 0 done, 1 written but some inputs have problems, 2 nothing written/);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z-]+) /gm)].map((m) => m[1] ?? '').filter((c) => c !== 'help');
    assert.ok(commands.length >= 7, commands.join(', '));
    for (const c of commands.filter((x) => x !== 'snapshot')) {
      const r = await cli(c, '--help');
      assert.equal(r.code, 0, c);
      assert.match(r.stdout, /\(required\) /, `${c} marks its required options`);
      assert.match(r.stdout, new RegExp(`Examples:\\n {2}\\$ service-array ${c} `), `${c} gives examples`);
      assert.match(r.stdout, /Exit codes:\n {2}0 {2}.*\n {2}(1|2) {2}/, `${c} lists its exit codes`);
      assert.match(r.stdout, /-q, --quiet/, `${c} has --quiet`);
    }
  });

  it('is quiet with --quiet: a template run prints nothing and still writes', async () => {
    const r = await cli('template', '--config', CONFIG, '--out-dir', path.join(s.dir, 'q'), '--group', 'WG1', '--quiet');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout + r.stderr, '');
    assert.ok(existsSync(path.join(s.dir, 'q/riverbend-county-WG1.xlsx')));
  });

  it('writes one template per work group', async () => {
    const r = await cli('template', '--config', CONFIG, '--out-dir', path.join(s.dir, 't'));
    assert.equal(r.code, 0, r.stderr);
    for (const g of ['WG1', 'WG2', 'WG3', 'WG4']) assert.ok(existsSync(path.join(s.dir, `t/riverbend-county-${g}.xlsx`)));
    assert.match(r.stdout, /wrote .*riverbend-county-WG4\.xlsx \(WG4 Health and Mental Health: WB3; \d+ KB\)/);
  });

  it('exits 1 when the plan is written but a submission has problems, listing them plainly', async () => {
    const out = path.join(s.dir, 'plan.xlsx');
    const r = await cli('merge', s.submissions, '--config', CONFIG, '--out', out, '--as-of', '2027-01-15');
    assert.equal(r.code, 1);
    assert.ok(existsSync(out));
    assert.match(r.stdout, /4 received, 0 missing, 0 invalid/);
    assert.match(r.stdout, /error: Goal is required on a filled row, got nothing \(riverbend-county-WG4\.xlsx › Plan!E7\)/);
    // eslint-disable-next-line no-control-regex -- the escape that starts a terminal control sequence
    assert.doesNotMatch(r.stdout + r.stderr, /\x1b\[|at .*\.js:\d+/, 'no progress bar or stack trace when piped');
  });

  it('exits 0 when everything merged cleanly', async () => {
    const clean = scratch(false);
    try {
      copyInto(clean.submissions, ['WG1', 'WG2', 'WG3'].map((g) => path.join(SAMPLES, `riverbend-county-${g}.xlsx`)));
      const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { workGroups: { capacities: string[] }[] };
      config.workGroups = config.workGroups.slice(0, 3);
      config.workGroups[2]?.capacities.push('WB3');
      writeFileSync(path.join(clean.dir, 'three-groups.json'), JSON.stringify(config));
      const r = await cli('merge', clean.submissions, '--config', path.join(clean.dir, 'three-groups.json'), '--out', path.join(clean.dir, 'plan.xlsx'));
      // WG3's workbook was made before WB3 was added to it: a warning, not an error.
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /CAPACITIES_CHANGED|The workbook covers WB1, WB2/);
      const quiet = await cli('merge', clean.submissions, '--config', path.join(clean.dir, 'three-groups.json'), '--out', path.join(clean.dir, 'plan2.xlsx'), '--quiet');
      assert.equal(quiet.code, 0);
      assert.equal(quiet.stdout + quiet.stderr, '', '--quiet prints nothing');
      assert.ok(existsSync(path.join(clean.dir, 'plan2.xlsx')));
    } finally {
      clean.remove();
    }
  });

  const refusals: [string, string[], RegExp][] = [
    ['a missing submissions folder', ['merge', '/nonexistent/dir', '--config', CONFIG, '--out', 'x.xlsx'], /Cannot read the submissions folder \/nonexistent\/dir: it does not exist/],
    ['a missing --out', ['merge', 'samples/submissions', '--config', CONFIG], /required option '-o, --out <plan.xlsx>' not specified/],
    ['a bad --as-of', ['merge', 'samples/submissions', '--config', CONFIG, '--out', 'x.xlsx', '--as-of', '15/01/2027'], /--as-of must be a date written yyyy-mm-dd, got "15\/01\/2027"/],
    ['an unknown command', ['mrege'], /unknown command 'mrege'/],
  ];
  for (const [name, args, message] of refusals) {
    it(`exits 2 and writes nothing for ${name}`, async () => {
      const r = await cli(...args);
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
    });
  }

  it('exits 2 with every problem of a broken jurisdiction file', async () => {
    const bad = path.join(s.dir, 'bad.json');
    const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { workGroups: { dueDate: string; facilitator: string }[] };
    config.workGroups[0]!.dueDate = 'soon';
    config.workGroups[1]!.facilitator = 'p77';
    writeFileSync(bad, JSON.stringify(config));
    mkdirSync(path.join(s.dir, 'o'));
    const r = await cli('merge', s.submissions, '--config', bad, '--out', path.join(s.dir, 'o/plan.xlsx'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.json has 2 problems:\n {2}- Must be a date written yyyy-mm-dd, got "soon" \(bad\.json › at workGroups\[0\]\.dueDate\)\n {2}- No stakeholder has the id "p77"/);
    assert.ok(!existsSync(path.join(s.dir, 'o/plan.xlsx')));
  });

  it('fills each capacity report’s Overview of the Data from a Snapshot, suppression kept', async () => {
    const snap = path.join(s.dir, 'snapshot.json');
    const made = await cli('snapshot', '--episodes', 'samples/snapshot/episodes.csv', '--reports', 'samples/snapshot/reports.csv', '--community', 'samples/snapshot/community.csv', '--period', 'FFY2026', '--out', path.join(s.dir, 'snapshot.xlsx'), '--json', snap);
    assert.equal(made.code, 0, made.stderr);
    const out = path.join(s.dir, 'plan.xlsx');
    const r = await cli('merge', s.submissions, '--config', CONFIG, '--out', out, '--snapshot', snap, '--quiet');
    assert.equal(r.code, 1, r.stderr);
    const report = findSheet(readGrid(readFileSync(out)), 'P1 Report')?.rows.map((row) => row.map(cellText).join(' | ')) ?? [];
    const at = report.findIndex((line) => line.startsWith('2. Overview of the Data'));
    assert.ok(at > 0);
    assert.match(report[at + 1] ?? '', /^Source \| Child and Family Snapshot .*FFY2026/);
    assert.ok(report.some((line) => /^P1 Permanency in 12 months .* \| (\d+(\.\d+)?% \(\d+ of \d+|\* suppressed)/.test(line)), report.join('\n'));
    const measures = findSheet(readGrid(readFileSync(out)), REVIEW_SHEETS[2])?.rows.map((row) => row.map(cellText)) ?? [];
    const header = measures.find((row) => row.includes('Newest Snapshot')) ?? [];
    const p1Step = measures.find((row) => row[1] === 'P1' && /^WG2-\d\d$/.test(row[0] ?? '') && row[3] === ALL_CHILDREN);
    assert.match(p1Step?.[header.indexOf('Newest Snapshot')] ?? '', /\(FFY2026\)$/, 'the measure shows the Snapshot value next to the step');
    // A measure for the children under 1 is not compared with the Snapshot's P1 for all of them.
    const infants = measures.find((row) => row[1] === 'P1' && row[3] === 'children under 1');
    assert.match(infants?.[header.indexOf('Movement')] ?? '', /^not compared/, infants?.join(' | '));
    const wb3 = findSheet(readGrid(readFileSync(out)), 'WB3 Report')?.rows.map((row) => cellText(row[0])) ?? [];
    assert.ok(wb3.includes('Children in poverty') || wb3.some((l) => /poverty/i.test(l)), 'community indicators shown for well-being');
  });

  it('exits 2 for a --snapshot that is not a Snapshot', async () => {
    const r = await cli('merge', s.submissions, '--config', CONFIG, '--out', path.join(s.dir, 'plan.xlsx'), '--snapshot', CONFIG);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /jurisdiction\.json is not a Snapshot: expected "schema": "service-array\/snapshot@1"/);
    assert.ok(!existsSync(path.join(s.dir, 'plan.xlsx')));
  });

  it('exits 2 with a plain message for a roster workbook that is not one', async () => {
    const bad = path.join(s.dir, 'roster.xlsx');
    writeFileSync(bad, 'Name,Organisation\n');
    const r = await cli('roster', '--config', CONFIG, '--roster', bad, '--out', path.join(s.dir, 'out.xlsx'));
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^service-array: The roster roster\.xlsx cannot be read: Not an Excel workbook: the file is not an \.xlsx package\. Save it as \.xlsx from Excel, or export it as CSV\.$/m);
    assert.ok(!existsSync(path.join(s.dir, 'out.xlsx')));
  });

  it('reports broken JSON with where to look', async () => {
    const bad = path.join(s.dir, 'broken.json');
    writeFileSync(bad, '{ "formatVersion": 1, }');
    const r = await cli('template', '--config', bad, '--out-dir', s.dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /broken\.json cannot be used: Not valid JSON: expected another "name": value after the comma \(or remove the comma\), found "\}" in `\{ "formatVersion": 1, \}` \(broken\.json › line 1 column 23\)\. Look there/);
  });
});
