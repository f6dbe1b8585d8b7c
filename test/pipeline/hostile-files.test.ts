// Issue 12's findings, one test each: a crafted or damaged file among good ones never stops, stalls
// or bends the merge. Each hostile file is made from a good sample, beside the four good samples.

import * as fsModule from 'node:fs';
import * as v8Module from 'node:v8';
import * as vmModule from 'node:vm';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellText, findSheet, type Issue } from '../../src/core';
import { runMerge } from '../../pipeline/merge/run-merge';
import { readSubmissionBytes, readSubmissionFile } from '../../pipeline/xlsx/read-submission';
import { readGrid } from '../../pipeline/xlsx/fast-grid-reader';
import { CELL_TEXT_LIMIT, clampText, takeClampedCount } from '../../pipeline/merge/sheet-kit';
import { entry, layout, unzip, zip } from '../../pipeline/fuzz/zip-tools';
import { baseOf, sheetPart } from '../../pipeline/fuzz/variants';
import { sampleJurisdiction } from '../helpers/fixtures';
import { CONFIG, QUIET, SAMPLES, scratch, type Scratch } from '../helpers/merge-fixtures';
import { cli } from '../helpers/run-cli';

const MB = 1024 * 1024;
const WG2 = path.join(SAMPLES, 'riverbend-county-WG2.xlsx');

/** WG2's sample with the part that holds `sheet` (or the part named so) changed by `edit`. */
function wg2With(part: string, edit: (xml: string) => string, method: 0 | 8 = 8): Buffer {
  const bytes = readFileSync(WG2);
  const name = part.includes('/') ? part : sheetPart(baseOf('WG2', bytes), part);
  return zip(unzip(bytes).map((p) => entry(p.name, p.name === name ? edit(new TextDecoder().decode(p.data)) : p.data, method)));
}

const issuesOf = (problems: readonly Issue[], file: string): Issue[] => problems.filter((p) => p.file === file);

describe('hostile files (issue 12)', function () {
  this.timeout(120_000);
  let s: Scratch;
  beforeEach(() => {
    s = scratch();
  });
  afterEach(() => s.remove());

  /** Merges the samples with `bytes` as `name`: every good group is still received. */
  async function mergeWith(name: string, bytes: Uint8Array): Promise<Issue[]> {
    writeFileSync(path.join(s.submissions, name), bytes);
    const { result, exitCode } = await runMerge(s.options(), QUIET);
    assert.equal(exitCode, 1);
    assert.deepEqual(result.plan.groups.map((g) => [g.groupId, g.state, g.file]), ['WG1', 'WG2', 'WG3', 'WG4'].map((g) => [g, 'received', `riverbend-county-${g}.xlsx`]));
    return issuesOf(result.plan.problems, name);
  }

  it('1. refuses a row past Excel\'s last row (4294967294 ran V8 out of memory), reading row 1,048,576 itself', async () => {
    for (const r of ['4294967294', '1048577']) {
      const found = await mergeWith(`row-${r}.xlsx`, wg2With('Plan', (x) => x.replace(/<row r="\d+"/, `<row r="${r}"`)));
      assert.equal(found[0]?.code, 'FILE_DAMAGED');
      assert.match(found[0]?.message ?? '', new RegExp(`sheet "Plan" has row ${r}, beyond what Excel can hold \\(Excel's last row is 1,048,576\\)`));
    }
    const last = readGrid(wg2With('Plan', (x) => x.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>last</t></is></c></row></sheetData>')));
    assert.equal(cellText(findSheet(last, 'Plan')?.rows[1_048_575]?.[16_383]), 'last');
    const col = await mergeWith('column.xlsx', wg2With('Plan', (x) => x.replace(/<c r="A6"/, '<c r="XFE6"')));
    assert.equal(col[0]?.code, 'FILE_DAMAGED');
  });

  it('2. keeps no part in memory through the strings it read: four 60 MB sheets leave the heap as it was', () => {
    const v8 = v8Module;
    v8.setFlagsFromString('--expose-gc');
    const gc = vmModule.runInNewContext('gc') as () => void;
    const j = sampleJurisdiction();
    // Every text of the Plan sheet is its own inline string, in a part padded to 60 MB (two-byte: 120 MB of heap).
    const bytes = wg2With('Plan', (x) => x.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"><v>\d+<\/v><\/c>/g, '<c r="$1"$2 t="inlineStr"><is><t>a step text kept in the plan, é</t></is></c>').replace('</sheetData>', `${' '.repeat(60 * MB)}</sheetData>`));
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [1, 2, 3, 4].map((i) => readSubmissionBytes(bytes, `big-${i}.xlsx`, j));
    gc();
    const grown = (process.memoryUsage().heapUsed - before) / MB;
    assert.ok(kept.every((r) => r.submission !== null));
    assert.ok(grown < 40, `the heap grew by ${grown.toFixed(0)} MB holding four results`);
  });

  it('3. reads a merged range of 99,999,999,999 rows, a 4 MB attribute of ">" and an unclosed quote before 200,000 name characters at once', async () => {
    // Clamped to the cells that exist: the range hides column A below row 1 (the step ids and a header).
    const merged = await mergeWith('merged.xlsx', wg2With('Plan', (x) => x.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:A99999999999"/></mergeCells>')));
    assert.deepEqual([...new Set(merged.map((i) => i.code))].sort(), ['COLUMN_MISSING', 'STEP_ID_MISSING', 'SUPERSEDED']);
    const attr = await mergeWith('attribute.xlsx', wg2With('Plan', (x) => x.replace('<sheetData>', `<sheetData x="${'>'.repeat(4 * MB)}">`)));
    assert.equal(attr[0]?.code, 'SUPERSEDED', 'a long attribute is no damage');
    const quote = await mergeWith('quote.xlsx', wg2With('xl/workbook.xml', (x) => x.replace('<workbookPr ', `<workbookPr x='${'n'.repeat(200_000)} `)));
    assert.equal(quote[0]?.code, 'FILE_DAMAGED', 'a quote never closed leaves the tag unfinished');
  });

  it('4. reports a file that vanishes while the folder is listed as unreadable, and merges the rest', async () => {
    const fs = fsModule;
    const readdir = fs.promises.readdir;
    // As Excel's own save files do: listed, then gone before anyone looks.
    fs.promises.readdir = (async (dir: string) => [...(await readdir(dir)), '~WRL0001.tmp']) as typeof readdir;
    try {
      const { result, exitCode } = await runMerge(s.options(), QUIET);
      assert.equal(exitCode, 1);
      assert.equal(result.plan.totals.received, 4);
      const gone = issuesOf(result.plan.problems, '~WRL0001.tmp');
      assert.deepEqual(gone.map((i) => [i.code, i.severity]), [['FILE_UNREADABLE', 'error']]);
      assert.match(gone[0]?.message ?? '', /disappeared while the folder was being read/);
    } finally {
      fs.promises.readdir = readdir;
    }
    // And one that goes between being listed and being read.
    const r = readSubmissionFile(path.join(s.submissions, 'gone.xlsx'), sampleJurisdiction());
    assert.deepEqual(r.issues.map((i) => i.code), ['FILE_UNREADABLE']);
    assert.match(r.issues[0]?.message ?? '', /^Cannot read the file: it does not exist \(it may have been moved, renamed or deleted\) \(ENOENT\)$/);
  });

  it('5. refuses outputs that are one file, or an input, or in a missing folder, with exit 2 and nothing written', async () => {
    const out = path.join(s.dir, 'out/plan.xlsx');
    const first = await cli('merge', s.submissions, '--config', CONFIG, '--out', out, '--json', path.join(s.dir, 'out/plan.json'), '--quiet');
    assert.equal(first.code, 1, first.stderr);
    const before = readFileSync(out);
    mkdirSync(path.join(s.dir, 'a-folder'));
    const submission = path.join(s.submissions, 'riverbend-county-WG1.xlsx');
    const cases: [string[], RegExp][] = [
      [['--out', out, '--json', path.join(s.dir, 'a-folder')], /--json .*a-folder is a folder; give a file name inside it\. Nothing was written\./],
      [['--out', submission], /--out .*riverbend-county-WG1\.xlsx is the same file as the input given as the submission riverbend-county-WG1\.xlsx\. Nothing was written\./],
      [['--out', out, '--json', CONFIG], /--json .*jurisdiction\.json is the same file as the input given as --config/],
      [['--out', out, '--json', out], /--json .*plan\.xlsx is the same file as the output given as --out/],
      [['--out', out, '--csv', path.join(s.dir, 'out/../out/plan.xlsx')], /--csv .* is the same file as the output given as --out/],
      [['--out', '/nonexistent-dir/plan.xlsx'], /^service-array: The folder \/nonexistent-dir for --out does not exist\. Nothing was written\. Create the folder first, or check the path\.$/m],
    ];
    for (const [args, message] of cases) {
      const r = await cli('merge', s.submissions, '--config', CONFIG, ...args, '--quiet');
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.doesNotMatch(r.stderr, /ENOENT|internal error|at .*\.js:\d+/);
    }
    assert.ok(!existsSync('/nonexistent-dir'));
    assert.ok(readFileSync(out).equals(before), 'the plan was not replaced');
    assert.ok(readFileSync(submission).equals(readFileSync(path.join(SAMPLES, 'riverbend-county-WG1.xlsx'))));
    assert.deepEqual(readdirSync(path.join(s.dir, 'out')).sort(), ['plan.json', 'plan.xlsx']);
  });

  it('5. and for template and status-template: an --out-dir that cannot be made (it hung under /proc), an output that is an input', async () => {
    const proc = await cli('template', '--config', CONFIG, '--out-dir', '/proc/service-array-test');
    assert.equal(proc.code, 2);
    assert.match(proc.stderr, /^service-array: Cannot create the folder \/proc\/service-array-test for --out-dir: no folder can be made there\. Nothing was written\.$/m);
    const t = path.join(s.dir, 't');
    mkdirSync(t);
    const config = path.join(t, 'riverbend-county-WG2.xlsx');
    writeFileSync(config, readFileSync(CONFIG));
    const same = await cli('template', '--config', config, '--out-dir', t);
    assert.equal(same.code, 2);
    assert.match(same.stderr, /--out-dir \(WG2\) .*riverbend-county-WG2\.xlsx is the same file as the input given as --config\. Nothing was written\./);
    assert.deepEqual(readdirSync(t), ['riverbend-county-WG2.xlsx']);
  });

  it('6. follows a link to a submission and names it as a link (it left the group "missing")', async () => {
    const elsewhere = path.join(s.dir, 'elsewhere');
    mkdirSync(elsewhere);
    const target = path.join(elsewhere, 'wg3.xlsx');
    writeFileSync(target, readFileSync(path.join(s.submissions, 'riverbend-county-WG3.xlsx')));
    const fs = fsModule;
    fs.rmSync(path.join(s.submissions, 'riverbend-county-WG3.xlsx'));
    fs.symlinkSync(target, path.join(s.submissions, 'riverbend-county-WG3.xlsx'));
    const { result } = await runMerge(s.options(), QUIET);
    assert.equal(result.plan.groups.find((g) => g.groupId === 'WG3')?.state, 'received');
    const link = issuesOf(result.plan.problems, 'riverbend-county-WG3.xlsx').find((i) => i.code === 'LINK_FOLLOWED');
    assert.equal(link?.message, `This is a link to ${target}; that workbook was read`);
  });

  it('7. checks the CRC-32 of every part: one flipped byte in a stored part is damage, not different text', async () => {
    const stored = wg2With('xl/sharedStrings.xml', (x) => x, 0);
    const strings = layout(stored).records.find((r) => r.name === 'xl/sharedStrings.xml');
    const at = stored.indexOf(Buffer.from('Permanency'), strings?.dataStart);
    assert.ok(strings !== undefined && at > strings.dataStart && at < strings.dataStart + strings.size);
    stored[at] = 'p'.charCodeAt(0);
    const found = await mergeWith('flipped.xlsx', stored);
    assert.equal(found[0]?.code, 'FILE_DAMAGED');
    assert.match(found[0]?.message ?? '', /^The file is damaged: its part xl\/sharedStrings\.xml fails its CRC-32 check: some of its bytes were changed after it was saved$/);
  });

  it('8. cuts a 10 MB cell to Excel\'s 32,767 characters with a warning naming it, and writes no cell past the limit', async () => {
    const big = `${'x'.repeat(10 * MB)}`;
    // The group's own file, so that its text reaches the plan.
    writeFileSync(path.join(s.submissions, 'riverbend-county-WG2.xlsx'), wg2With('Plan', (x) => x.replace(/<c r="D6"[^>]*?(\/>|>.*?<\/c>)/, `<c r="D6" t="inlineStr"><is><t>${big}</t></is></c>`)));
    const { result } = await runMerge(s.options(), QUIET);
    assert.equal(result.plan.groups.find((g) => g.groupId === 'WG2')?.state, 'received');
    const cut = issuesOf(result.plan.problems, 'riverbend-county-WG2.xlsx').find((i) => i.code === 'CELL_TOO_LONG');
    assert.deepEqual([cut?.severity, cut?.sheet, cut?.cell], ['warning', 'Plan', 'D6']);
    assert.equal(cut?.message, "The cell holds 10,485,760 characters, more than Excel's limit of 32,767; only the first 32,767 were read");
    const plan = readGrid(readFileSync(s.options().out));
    let longest = 0;
    for (const sheet of plan.sheets) for (const row of sheet.rows) for (const c of row) longest = Math.max(longest, cellText(c).length);
    assert.ok(longest <= CELL_TEXT_LIMIT && longest >= 32_000, `longest cell ${longest}`);
    // The writers' last guard: a joined text past the limit is cut, says so, and is counted.
    takeClampedCount();
    const clamped = clampText('y'.repeat(40_000));
    assert.equal(clamped.length, CELL_TEXT_LIMIT);
    assert.match(clamped, / … \[7,\d{3} more characters not shown: a cell holds at most 32,767\]$/);
    assert.equal(takeClampedCount(), 1);
    assert.equal(clampText('short'), 'short');
  });

  it('9. refuses in validation the configurations that crashed template: a capacity twice in a group, a 5,000-character id', async () => {
    const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { jurisdiction: { id: string }; workGroups: { capacities: string[] }[] };
    config.workGroups[0]?.capacities.push('S1');
    config.jurisdiction.id = 'a'.repeat(5000);
    const bad = path.join(s.dir, 'bad.json');
    writeFileSync(bad, JSON.stringify(config));
    const r = await cli('template', '--config', bad, '--out-dir', path.join(s.dir, 't'));
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /Must be 1-60 lower-case letters, digits and hyphens, got "a{50}…" \(5,000 characters\) \(bad\.json › at jurisdiction\.id\)/);
    assert.match(r.stderr, /Capacity "S1" is listed twice \(also at workGroups\[0\]\.capacities\[0\]\) \(bad\.json › at workGroups\[0\]\.capacities\[2\]\)/);
    assert.ok(!existsSync(path.join(s.dir, 't')));
  });

  it('10. refuses a malformed --snapshot with where and what, never "internal error"', async () => {
    const good = path.join(s.dir, 'snapshot.json');
    const made = await cli('snapshot', '--episodes', 'samples/snapshot/episodes.csv', '--reports', 'samples/snapshot/reports.csv', '--community', 'samples/snapshot/community.csv', '--period', 'FFY2026', '--out', path.join(s.dir, 'snapshot.xlsx'), '--json', good);
    assert.equal(made.code, 0, made.stderr);
    const snapshot = JSON.parse(readFileSync(good, 'utf8')) as Record<string, unknown> & { indicators: Record<string, unknown>[] };
    const broken: [string, (x: typeof snapshot) => unknown, RegExp][] = [
      ['indicators not a list', (x) => ({ ...x, indicators: {} }), /at indicators: must be a list, got an object/],
      ['a value as text', (x) => ({ ...x, indicators: x.indicators.map((i, n) => (n === 2 ? { ...i, value: '12%' } : i)) }), /at indicators\[2\]\.value: must be a number or null, got "12%"/],
      ['no period', (x) => ({ ...x, period: undefined }), /at period: must be an object, got nothing/],
      ['community rows of null', (x) => ({ ...x, community: [null] }), /at community\[0\]: must be an object, got null/],
      ['suppression without its marker', (x) => ({ ...x, suppression: { rule: 'r', threshold: 10 } }), /at suppression\.marker: must be text, got nothing/],
    ];
    for (const [what, change, message] of broken) {
      const file = path.join(s.dir, 'broken.json');
      writeFileSync(file, JSON.stringify(change(snapshot)));
      const r = await cli('merge', s.submissions, '--config', CONFIG, '--out', path.join(s.dir, 'out/p.xlsx'), '--snapshot', file, '--quiet');
      assert.equal(r.code, 2, `${what}: ${r.stderr}`);
      assert.match(r.stderr, /broken\.json is not a Snapshot the merge can use \(\d+ problems?\):/, what);
      assert.match(r.stderr, message, what);
      assert.doesNotMatch(r.stderr, /internal error/);
    }
    assert.ok(!existsSync(path.join(s.dir, 'out/p.xlsx')));
  });
});
