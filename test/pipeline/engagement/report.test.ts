// The engagement report as the committee gets it from the command: the eco-map as well-formed SVG
// and as a PNG embedded in the workbook, the sheets and their headline, the command's refusals, and
// the merge's Overview repeating the headline.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { cellText, findSheet } from '../../../src/core';
import { SAMPLE_ENGAGEMENT_AS_OF, SAMPLE_ENGAGEMENT_FILE } from '../../../pipeline/engagement/sample-engagement';
import { readGrid } from '../../../pipeline/xlsx/fast-grid-reader';
import { ROOT } from '../../helpers/fixtures';
import { CONFIG, SAMPLES } from '../../helpers/merge-fixtures';
import { cli } from '../../helpers/run-cli';

const SAMPLE = path.join(ROOT, SAMPLE_ENGAGEMENT_FILE);

/** Every element of an SVG, by a real XML parser: throws on anything not well-formed. */
function svgElements(svg: string): { name: string; attributes: Record<string, string> }[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: { name: string; attributes: Record<string, string> }[] = [];
  parser.on('opentag', (tag) => out.push({ name: tag.local, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, typeof v === 'string' ? v : v.value])) }));
  parser.write(svg).close();
  return out;
}

describe('the engagement report', function () {
  this.timeout(60_000);
  let dir: string;
  let run: Awaited<ReturnType<typeof cli>>;
  let svg: string;
  let report: Buffer;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sa-eng-'));
    run = await cli('engagement', '--config', CONFIG, '--engagement', SAMPLE, '--out', path.join(dir, 'report.xlsx'), '--svg', path.join(dir, 'ecomap.svg'), '--as-of', SAMPLE_ENGAGEMENT_AS_OF);
    svg = readFileSync(path.join(dir, 'ecomap.svg'), 'utf8');
    report = readFileSync(path.join(dir, 'report.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the headline and exits 0 for the clean sample', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Involvement gaps: 3, nobody outside the agency involved: Phase 4: PIP Implementation; Phase 5: PIP Monitoring \/ Revisions; Systemic factor: Statewide Information System/);
    assert.match(run.stdout, /Feedback overdue: 3 inputs/);
    assert.match(run.stdout, /to add: Tribal representatives; Business, faith, labor and media/);
    assert.match(run.stdout, /eco-map picture \d+×\d+ px/);
  });

  it('writes a well-formed SVG: a circle per partner and per partner to add, dashed for those to add, a text label for every colour', () => {
    const elements = svgElements(svg);
    assert.equal(elements[0]?.name, 'svg');
    assert.equal(elements[0]?.attributes['font-family'], 'DejaVu Sans, Liberation Sans, Arial, sans-serif');
    const circles = elements.filter((e) => e.name === 'circle' && Number(e.attributes['r']) === 60);
    assert.equal(circles.length, 18 + 2);
    assert.equal(circles.filter((c) => c.attributes['stroke-dasharray'] !== undefined).length, 2);
    const texts = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
    assert.equal(texts.filter((t) => /^Level \d · (Green|Yellow|Red|No dot)$/.test(t)).length, 18);
    assert.ok(texts.includes('Partner to add:'));
    // Strong ties solid, tenuous dashed, stressful zigzag (many points), arrows for resource flow.
    const ties = elements.filter((e) => e.name === 'polyline');
    assert.equal(ties.filter((t) => (t.attributes['points'] ?? '').split(' ').length > 2).length, 3 + 1);
    assert.ok(ties.some((t) => t.attributes['marker-end'] === 'url(#to-end)' && t.attributes['marker-start'] === 'url(#to-start)'));
  });

  it('embeds the eco-map in the workbook as a PNG on the Eco-map sheet', async () => {
    const zip = await JSZip.loadAsync(report);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('xl/media/') && !f.endsWith('/'));
    assert.deepEqual(media, ['xl/media/image1.png']);
    const png = await zip.file('xl/media/image1.png')?.async('nodebuffer');
    assert.ok(png);
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= 1500 && width <= 3000 && height >= 1000, `${width}×${height}`);
    const workbook = await zip.file('xl/workbook.xml')?.async('string');
    const sheets = [...(workbook ?? '').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const n = sheets.indexOf('Eco-map') + 1;
    const rels = await zip.file(`xl/worksheets/_rels/sheet${n}.xml.rels`)?.async('string');
    assert.match(rels ?? '', /drawings\/drawing1\.xml/);
    assert.match((await zip.file('xl/drawings/_rels/drawing1.xml.rels')?.async('string')) ?? '', /media\/image1\.png/);
  });

  it('has the report\'s sheets, with gaps flagged and overdue feedback listed', () => {
    const grid = readGrid(report);
    assert.deepEqual(grid.sheets.map((s) => s.name), ['Overview', 'Eco-map', 'Levels', 'Involvement', 'Loop', 'Collaboration', 'Reflection', 'Partners', 'Problems']);
    const text = (name: string): string => (findSheet(grid, name)?.rows ?? []).map((r) => r.map((c) => cellText(c)).join('\t')).join('\n');
    assert.match(text('Involvement'), /Phase 4: PIP Implementation\t\t\t\t1 planned\n1 logged|Phase 4: PIP Implementation.*GAP/);
    assert.equal(text('Involvement').match(/\tGAP/g)?.length, 3);
    assert.match(text('Loop'), /Feedback overdue: 3/);
    assert.match(text('Loop'), /United Way of the Three Rivers\t[^\n]*\t145\t115\t/);
    assert.match(text('Loop'), /Decisions made without the stakeholders the plan named: 1 of 2/);
    assert.match(text('Loop'), /Kinship placement priority[^\n]*Bridges Adoption and Family Services/);
    assert.match(text('Levels'), /Who could move up: 6\n/);
    assert.match(text('Eco-map'), /PARTNER TO ADD/);
    assert.match(text('Collaboration'), /Engagement of other partners\t2\t3\tup/);
  });

  it('writes a blank workbook without --engagement, and never over an existing file', async () => {
    const blank = path.join(dir, 'blank.xlsx');
    const first = await cli('engagement', '--config', CONFIG, '--out', blank);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(findSheet(readGrid(readFileSync(blank)), '_meta')?.rows[0]?.[1]?.kind, 'string');
    const again = await cli('engagement', '--config', CONFIG, '--out', blank);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /already exists and was not replaced/);
    const svgAlone = await cli('engagement', '--config', CONFIG, '--out', path.join(dir, 'x.xlsx'), '--svg', path.join(dir, 'x.svg'));
    assert.equal(svgAlone.code, 2);
    assert.match(svgAlone.stderr, /--svg draws the eco-map of a filled workbook/);
  });

  it('refuses a file that is not an engagement workbook, writing nothing, and exits 1 when the workbook has problems', async () => {
    const notOne = await cli('engagement', '--config', CONFIG, '--engagement', path.join(SAMPLES, 'riverbend-county-WG1.xlsx'), '--out', path.join(dir, 'no.xlsx'));
    assert.equal(notOne.code, 2);
    assert.match(notOne.stderr, /Not an engagement workbook/);
    const csv = path.join(dir, 'partners.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    assert.match((await cli('engagement', '--config', CONFIG, '--engagement', csv, '--out', path.join(dir, 'no.xlsx'))).stderr, /Not an Excel workbook/);
    // The sample judged a year early: every log row is in the future.
    const early = await cli('engagement', '--config', CONFIG, '--engagement', SAMPLE, '--out', path.join(dir, 'early.xlsx'), '--as-of', '2025-11-30');
    assert.equal(early.code, 0);
    assert.match(early.stdout, /warning: Date is after the report's as-of day 2025-11-30/);
  });

  it('puts the headline on the merge\'s Overview with merge --engagement', async () => {
    const plan = path.join(dir, 'plan.xlsx');
    const r = await cli('merge', SAMPLES, '--config', CONFIG, '--out', plan, '--engagement', SAMPLE, '--as-of', SAMPLE_ENGAGEMENT_AS_OF, '--quiet');
    assert.equal(r.code, 1, r.stderr);
    const overview = findSheet(readGrid(readFileSync(plan)), 'Overview')?.rows.map((row) => `${cellText(row[0])}: ${cellText(row[1])}`) ?? [];
    assert.ok(overview.includes('Involvement gaps: 3, nobody outside the agency involved: Phase 4: PIP Implementation; Phase 5: PIP Monitoring / Revisions; Systemic factor: Statewide Information System'), overview.join('\n'));
    assert.ok(overview.some((l) => /^Feedback overdue: 3 inputs with no feedback after 30 days/.test(l)));
    assert.ok(overview.some((l) => /^Not contacted: 5 partners not contacted in 90 days$/.test(l)));
  });
});
