// LibreOffice as the committee's second real spreadsheet program: the blank engagement workbook
// typed into cell by cell through UNO (as a person does, so validations apply) and saved, then read
// back; and the report converted to PDF, where the eco-map must be a picture on the page.
// One LibreOffice is started for the whole file.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { ParsedEngagement } from '../../../src/core/engagement';
import { buildEngagementWorkbook } from '../../../pipeline/engagement/engagement-workbook';
import { readEngagementBytes } from '../../../pipeline/engagement/read-engagement';
import { SAMPLE_ENGAGEMENT_AS_OF, SAMPLE_ENGAGEMENT_FILE } from '../../../pipeline/engagement/sample-engagement';
import { PYTHON, SOFFICE, hasPoppler, hasUno, requireTool } from '../../helpers/external-tools';
import { FIXED_NOW, ROOT, sampleJurisdiction } from '../../helpers/fixtures';

const run = promisify(execFile);

const j = sampleJurisdiction();

/** What a committee member types, cell by cell, choosing dropdown texts as they appear. */
const TYPED: readonly [sheet: string, cell: string, text: string][] = [
  ['Partners', 'A6', 'Riverbend Juvenile and Family Court'],
  ['Partners', 'B6', 'External'],
  ['Partners', 'C6', 'Court'],
  ['Partners', 'D6', 'Court, legal and law enforcement, incl. CASA and the Court Improvement Program'],
  ['Partners', 'E6', '4 - Shared infrastructure: agreements, systems, liaisons (intermediate)'],
  ['Partners', 'F6', 'Stressful'],
  ['Partners', 'G6', 'Both ways'],
  ['Partners', 'H6', 'Court data-sharing agreement'],
  ['Partners', 'I6', 'Judge Ellen Marsh'],
  ['Partners', 'K6', 'Hearing delays; mediation offered'],
  ['Partners', 'A7', 'Riverbend Youth Advisory Board'],
  ['Partners', 'B7', 'External'],
  ['Partners', 'C7', 'Youth'],
  ['Partners', 'D7', 'Birth parents, resource/foster/kinship families and youth with lived experience'],
  ['Partners', 'E7', '2 - Joint case planning (case level)'],
  ['Partners', 'F7', 'Tenuous'],
  ['Partners', 'I7', 'Tyler Greene'],
  ['Partners', 'J7', 'Red'],
  ['Involvement plan', 'A6', 'Permanency Outcome 2'],
  ['Involvement plan', 'C6', 'Riverbend Youth Advisory Board'],
  ['Involvement plan', 'D6', 'Council (QI, foster parent or youth council)'],
  ['Involvement plan', 'E6', 'Marcus Oyelaran'],
  ['Involvement plan', 'F6', '3/31/2027'],
  ['Engagement log', 'A6', '2026-08-20'],
  ['Engagement log', 'B6', 'Riverbend Youth Advisory Board'],
  ['Engagement log', 'C6', 'Input gathered'],
  ['Engagement log', 'D6', 'What youth need from permanency planning'],
  ['Engagement log', 'E6', 'Permanency Outcome 2'],
  ['Engagement log', 'A7', '9/22/2026'],
  ['Engagement log', 'B7', 'Riverbend Juvenile and Family Court'],
  ['Engagement log', 'C7', 'Included in a decision'],
  ['Engagement log', 'D7', 'Kinship placement priority'],
  ['Engagement log', 'E7', 'Permanency Outcome 1'],
  ['Collaboration evidence', 'B6', '2026-11-17'],
  ['Collaboration evidence', 'C6', '3 - Partially in place'],
  ['Collaboration evidence', 'D6', 'Two new partners this quarter'],
  ['Reflection', 'C6', 'Through the contracted providers and the court.'],
];

describe('engagement workbook and report in LibreOffice', function () {
  this.timeout(240_000);
  let dir: string;
  let typed: ParsedEngagement;
  let pdf: string;

  before(async function () {
    requireTool(this, 'LibreOffice (Debian package libreoffice-calc-nogui)', SOFFICE !== undefined);
    requireTool(this, 'the LibreOffice Python bridge (Debian package python3-uno)', hasUno());
    requireTool(this, 'poppler (Debian package poppler-utils)', hasPoppler());
    dir = mkdtempSync(path.join(tmpdir(), 'sa-eng-lo-'));
    const blank = path.join(dir, 'blank.xlsx');
    writeFileSync(blank, await buildEngagementWorkbook(j, FIXED_NOW, 'lo-test'));
    const report = path.join(dir, 'report.xlsx');
    await run('node', [path.join(ROOT, 'build/pipeline/cli.js'), 'engagement', '--config', path.join(ROOT, 'samples/jurisdiction.json'), '--engagement', path.join(ROOT, SAMPLE_ENGAGEMENT_FILE), '--out', report, '--as-of', SAMPLE_ENGAGEMENT_AS_OF]);
    const out = path.join(dir, 'typed.xlsx');
    pdf = path.join(dir, 'report.pdf');
    const steps = [{ open: blank }, ...TYPED.map((cell) => ({ type: cell })), { save: out }, { pdf: [report, pdf] }];
    writeFileSync(path.join(dir, 'job.json'), JSON.stringify({ profile: `file://${dir}/profile`, pipe: `sa-eng-${process.pid}-${Date.now()}`, steps }));
    await run(PYTHON, [path.join(ROOT, 'test/helpers/lo_person.py'), path.join(dir, 'job.json')], { timeout: 200_000 });
    typed = readEngagementBytes(readFileSync(out), 'typed.xlsx', j, SAMPLE_ENGAGEMENT_AS_OF);
  });
  after(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what was typed in LibreOffice, with no problem', () => {
    assert.deepEqual(typed.issues, []);
    const d = typed.data;
    assert.ok(d);
    assert.deepEqual(d.partners.map((p) => [p.organisation, p.group, p.category, p.level, p.strength, p.flow, p.contactId, p.engagement, p.engagementFrom, p.notes]), [
      ['Riverbend Juvenile and Family Court', 'court', 'court-legal', 4, 'stressful', 'both', 'p06', 'yellow', 'roster', 'Hearing delays; mediation offered'],
      ['Riverbend Youth Advisory Board', 'youth', 'lived-experience', 2, 'tenuous', 'neither', 'p21', 'red', 'sheet', ''],
    ]);
    assert.deepEqual(d.plan.map((p) => [p.focus, p.partner, p.group, p.when]), [['P2', 'Riverbend Youth Advisory Board', 'youth', '2027-03-31']]);
    assert.deepEqual(d.log.map((e) => [e.date, e.who, e.kind, e.focus]), [['2026-08-20', 'Riverbend Youth Advisory Board', 'input', 'P2'], ['2026-09-22', 'Riverbend Juvenile and Family Court', 'decision', 'P1']]);
    assert.deepEqual(d.evidence.map((e) => [e.element, e.round, e.rating, e.evidence]), [['E1', '2026-11-17', 3, 'Two new partners this quarter']]);
    assert.equal(d.reflection[0]?.answer, 'Through the contracted providers and the court.');
  });

  it('shows the eco-map as a picture when LibreOffice prints the report to PDF', async () => {
    const { stdout } = await run('pdfimages', ['-list', pdf]);
    // page num type width height …: the eco-map, at the size it was embedded.
    const images = stdout.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.trim().split(/\s+/));
    assert.ok(images.some((cols) => cols[2] === 'image' && Number(cols[3]) >= 1500 && Number(cols[4]) >= 1000), stdout);
    const text = (await run('pdftotext', ['-layout', pdf, '-'])).stdout;
    assert.match(text, /agency partners eco-map, as of 2026-11-30/);
    assert.match(text, /The partners as drawn/);
    assert.match(text, /PARTNER TO ADD/);
  });
});
