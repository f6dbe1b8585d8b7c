// The engagement workbook as written (dropdowns, prompts, protection, frozen headers, print setup,
// hidden metadata) and its round trip: written, filled by code as a person types, read back.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { ENGAGEMENT_SHEETS, type ParsedEngagement } from '../../../src/core/engagement';
import { buildEngagementWorkbook, fillEngagementWorkbook } from '../../../pipeline/engagement/engagement-workbook';
import { sampleEngagementWorkbook } from '../../../pipeline/engagement/generate-engagement';
import { readEngagementBytes } from '../../../pipeline/engagement/read-engagement';
import { SAMPLE_ENGAGEMENT, SAMPLE_ENGAGEMENT_AS_OF, SAMPLE_ENGAGEMENT_FILE } from '../../../pipeline/engagement/sample-engagement';
import { FIXED_NOW, ROOT, sampleJurisdiction } from '../../helpers/fixtures';

const j = sampleJurisdiction();

type Validations = Record<string, { type: string; formulae: unknown[]; prompt?: string; errorStyle?: string; showInputMessage?: boolean }>;
const validations = (ws: ExcelJS.Worksheet | undefined): Validations => (ws as unknown as { dataValidations: { model: Validations } }).dataValidations.model;

describe('the engagement workbook', () => {
  let wb: ExcelJS.Workbook;
  before(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildEngagementWorkbook(j, FIXED_NOW, 'test')) as unknown as ExcelJS.Buffer);
  });

  it('has Start here, the five committee sheets, and hidden lists and metadata', () => {
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Start here', ...Object.values(ENGAGEMENT_SHEETS), 'Lists', '_meta']);
    assert.equal(wb.getWorksheet('Lists')?.state, 'veryHidden');
    assert.equal(wb.getWorksheet('_meta')?.state, 'veryHidden');
    assert.equal(wb.getWorksheet('_meta')?.getCell('B1').value, 'engagement');
    assert.match(String(wb.getWorksheet('Start here')?.getCell('B4').value), /keep it to the committee, never send it to work groups/);
  });

  it('offers dropdowns with prompts: lists from the jurisdiction, and partners from the Partners sheet', () => {
    const partners = validations(wb.getWorksheet('Partners'));
    // Level, contact person (roster), membership category: dropdowns through defined names.
    assert.deepEqual(partners['E6']?.formulae, ['List_partnershipLevel']);
    assert.equal(partners['E6']?.errorStyle, 'stop');
    assert.deepEqual(partners['I6']?.formulae, ['List_rosterMember']);
    assert.equal(partners['I6']?.errorStyle, 'information');
    assert.match(partners['F6']?.prompt ?? '', /Strong, Tenuous or Stressful/);
    const log = validations(wb.getWorksheet('Engagement log'));
    assert.deepEqual(log['B6']?.formulae, ['List_partner']);
    assert.equal(log['A6']?.type, 'date');
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    assert.deepEqual(names.find((n) => n.name === 'List_partner')?.ranges, ['Partners!$A$6:$A$85']);
    const lists = wb.getWorksheet('Lists');
    const levels = names.find((n) => n.name === 'List_partnershipLevel')?.ranges[0] ?? '';
    const col = /!\$([A-Z]+)\$/.exec(levels)?.[1] ?? '';
    assert.equal(lists?.getCell(`${col}2`).value, '1 - Basic referrals (case level)');
    assert.equal(lists?.getCell(`${col}7`).value, '6 - State-level collaborative or Cabinet for Children, Youth and Families');
  });

  it('protects every visible sheet without a password, with the input cells open, headers frozen, printed landscape', () => {
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      const p = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } | null }).sheetProtection;
      assert.equal(p?.sheet, true, ws.name);
      assert.equal(p?.hashValue, undefined, ws.name);
      assert.deepEqual([ws.pageSetup.orientation, ws.pageSetup.fitToWidth], ['landscape', 1], ws.name);
    }
    const partners = wb.getWorksheet('Partners');
    assert.equal(partners?.getCell('A6').protection?.locked, false);
    assert.equal(partners?.views[0]?.state, 'frozen');
    assert.equal(partners?.pageSetup.printTitlesRow, '5:5');
    const evidence = wb.getWorksheet('Collaboration evidence');
    assert.equal(evidence?.getCell('A6').value, 'Engagement of other partners');
    assert.notEqual(evidence?.getCell('A6').protection?.locked, false, 'listed element locked');
    assert.equal(evidence?.getCell('A15').protection?.locked, false, 'blank rows open for later rounds');
    assert.notEqual(wb.getWorksheet('Reflection')?.getCell('B6').protection?.locked, false);
  });
});

describe('the engagement workbook round trip', () => {
  let parsed: ParsedEngagement;
  before(async () => {
    parsed = readEngagementBytes(await sampleEngagementWorkbook(j), 'sample.xlsx', j, SAMPLE_ENGAGEMENT_AS_OF);
  });

  it('reads back every row the committee typed, with no problem', () => {
    assert.deepEqual(parsed.issues, []);
    const d = parsed.data;
    assert.ok(d);
    assert.deepEqual(d.partners.map((p) => p.organisation), SAMPLE_ENGAGEMENT.partners.map((p) => p.organisation));
    assert.equal(d.plan.length, SAMPLE_ENGAGEMENT.plan.length);
    assert.equal(d.log.length, SAMPLE_ENGAGEMENT.log.length);
    assert.equal(d.evidence.length, SAMPLE_ENGAGEMENT.evidence.length);
    assert.deepEqual(d.reflection.map((r) => r.answer), SAMPLE_ENGAGEMENT.reflection);
  });

  it('reads each kind of cell into its typed value', () => {
    const d = parsed.data;
    const court = d?.partners.find((p) => p.organisation === 'Riverbend Juvenile and Family Court');
    assert.deepEqual([court?.side, court?.group, court?.category, court?.level, court?.strength, court?.flow, court?.contactId, court?.engagement], ['external', 'court', 'court-legal', 4, 'stressful', 'both', 'p06', 'yellow']);
    const safe = d?.partners.find((p) => p.organisation === 'Safe Harbor Domestic Violence Services');
    assert.deepEqual([safe?.engagement, safe?.engagementFrom], ['yellow', 'sheet']);
    assert.deepEqual(d?.log.find((e) => e.followUpDue !== null), { row: 10, date: '2026-08-20', who: 'Riverbend Youth Advisory Board', kind: 'input', topic: 'What youth need from permanency planning', focus: 'P2', method: 'Council (QI, foster parent or youth council)', followUpDue: '2026-09-30' });
    assert.deepEqual(d?.evidence.slice(8, 10).map((e) => [e.element, e.round, e.rating]), [['E9', '2026-06-30', 3], ['E1', '2026-11-17', 3]]);
  });

  it('reads partners in the order of the sheet, after the committee sorted them', async () => {
    const sorted = { ...SAMPLE_ENGAGEMENT, partners: [...SAMPLE_ENGAGEMENT.partners].sort((a, b) => String(a.organisation).localeCompare(String(b.organisation))) };
    const back = readEngagementBytes(await fillEngagementWorkbook(await buildEngagementWorkbook(j, FIXED_NOW, 'sorted'), j, sorted), 'sorted.xlsx', j, SAMPLE_ENGAGEMENT_AS_OF);
    assert.deepEqual(back.issues, []);
    assert.equal(back.data?.partners[0]?.organisation, 'Bridges Adoption and Family Services');
    assert.deepEqual(back.data?.log, parsed.data?.log);
  });

  it('matches the committed sample, so the README\'s command shows what this code writes', () => {
    const committed = readEngagementBytes(readFileSync(path.join(ROOT, SAMPLE_ENGAGEMENT_FILE)), 'sample.xlsx', j, SAMPLE_ENGAGEMENT_AS_OF);
    assert.deepEqual(committed, parsed);
  });
});
