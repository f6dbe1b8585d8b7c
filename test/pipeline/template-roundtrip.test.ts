import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { fillTemplate, type GroupContent } from '../../pipeline/samples/fill-template';
import { codes, layoutFor, read, sampleJurisdiction, templateBytes } from '../helpers/fixtures';

const j = sampleJurisdiction();

/** One value of every column type, typed the way the dropdowns and formats offer them. */
const CONTENT: GroupContent = {
  groupId: 'WG1',
  capacities: {
    S1: {
      practice: {
        PR01: { rating: '3 - Partially in place', evidence: 'Family team meetings held in 58% of cases.', comment: 'Better in the north office.' },
        PR02: { rating: "Don't know" },
      },
      otherPractice: [{ item: 'Use of interpreters at first contact', rating: '2 - Emerging', evidence: 'Two Spanish-speaking workers for the county.' }],
      leadership: { LS05: { rating: '4 - Fully in place', evidence: 'Monthly CQI reviews since 2024.' } },
      services: [
        {
          service: 'Parent education', category: 'Prevention', provider: 'Riverbend Family Resource Network', population: 'Parents of children 0-12',
          coverage: 'Countywide', slots: 120, waitWeeks: 3, funding: 'CBCAP', availability: '2 - Emerging', accessibility: '3 - Partially in place',
          quality: '4 - Fully in place', individualization: '1 - Not in place', cultural: "Don't know", evidenceBase: '3 - Partially in place', comment: 'Evening groups only in Riverbend city.',
        },
        { service: 'Grandparents raising grandchildren support circle', category: 'Supervision', provider: 'Eastside Ministerial Alliance', availability: '1 - Not in place', accessibility: '1 - Not in place', quality: '3 - Partially in place', individualization: '2 - Emerging' },
      ],
      needs: [{ need: 'Infant-safe sleep education at the hospital', service: 'home visits to parents with newborns', evidence: 'Infant entries rose from 38 to 52.', proposed: 'Hospital-based safe sleep programme', population: 'Parents of newborns', estimatedNumber: 400, priority: 'High', partners: 'Riverbend Community Health Center', funding: 'Title IV-B' }],
    },
    S2: { practice: {}, leadership: {}, services: [], needs: [] },
  },
  conclusions: [{ capacity: 'S1 - Safety Capacity 1', kind: 'Gap', finding: 'Few parenting services outside the city.', assessment: 'Services', evidence: 'Availability rated 2.' }],
  plan: [
    {
      capacity: 'S1 - Safety Capacity 1', assessment: 'Services', priorityIssue: 'Parenting services outside the city', goal: 'Parents in rural areas reach a parenting group within 30 minutes',
      strategy: 'Take groups to rural schools', actionStep: 'Start two evening groups in Cedar Creek', leadPerson: 'Lucia Ferreira', leadOrganisation: 'Riverbend Family Resource Network',
      partners: 'Riverbend Unified School District', resources: 'Two facilitators, room', fundingSource: 'CBCAP', startDate: new Date(Date.UTC(2027, 0, 15)),
      targetDate: new Date(Date.UTC(2027, 8, 30)), measure: 'Parents completing the course', baseline: '0', target: '40', status: 'In progress', progressNote: 'Rooms booked', lastUpdate: new Date(Date.UTC(2027, 1, 1)),
    },
  ],
};

describe('template → filled by code → read back', () => {
  let result: Awaited<ReturnType<typeof read>>;
  before(async () => {
    const filled = await fillTemplate(await templateBytes(j, 'WG1'), layoutFor(j, 'WG1'), CONTENT);
    result = read(filled, j, 'riverbend-county-WG1.xlsx');
  });

  it('reads with no problem at all', () => {
    assert.deepEqual(result.issues, []);
    assert.ok(result.submission);
  });

  it('gives back the metadata it was stamped with', () => {
    const meta = result.submission?.meta;
    assert.equal(meta?.workGroupId, 'WG1');
    assert.deepEqual(meta?.capacities, ['S1', 'S2']);
    assert.equal(meta?.templateId, 'test-WG1');
    assert.equal(meta?.submittedAt, '');
  });

  it('gives back rated items with their ids, unrated items as null, and the group’s own item', () => {
    const s1 = result.submission?.capacities[0];
    const pr01 = s1?.practice.find((r) => r.itemId === 'PR01');
    assert.deepEqual(pr01, { row: 6, itemId: 'PR01', item: 'Family engagement', prompt: 'Are parents, children and youth engaged as partners from the first contact onward?', rating: 3, evidence: 'Family team meetings held in 58% of cases.', comment: 'Better in the north office.' });
    assert.equal(s1?.practice.find((r) => r.itemId === 'PR02')?.rating, 'DK');
    assert.equal(s1?.practice.find((r) => r.itemId === 'PR03')?.rating, null);
    const own = s1?.practice.find((r) => r.itemId === '');
    assert.deepEqual([own?.item, own?.rating, own?.evidence], ['Use of interpreters at first contact', 2, 'Two Spanish-speaking workers for the county.']);
    assert.equal(s1?.leadership.find((r) => r.itemId === 'LS05')?.rating, 4);
    assert.equal(s1?.leadership.length, 8);
  });

  it('gives back services with integers, ratings, catalogue and free-text names', () => {
    const [first, second] = result.submission?.capacities[0]?.services ?? [];
    assert.deepEqual(first, {
      row: 6, service: 'Parent education', category: 'Prevention', provider: 'Riverbend Family Resource Network', population: 'Parents of children 0-12',
      coverage: 'Countywide', slots: 120, waitWeeks: 3, funding: 'CBCAP', availability: 2, accessibility: 3, quality: 4, individualization: 1, cultural: 'DK', evidenceBase: 3,
      comment: 'Evening groups only in Riverbend city.',
    });
    assert.equal(second?.service, 'Grandparents raising grandchildren support circle');
    assert.equal(second?.slots, null);
    assert.equal(second?.population, '');
  });

  it('gives back needs, conclusions and the plan with dates and the pre-assigned step id', () => {
    const sub = result.submission;
    assert.deepEqual(sub?.capacities[0]?.needs[0], { row: 6, need: 'Infant-safe sleep education at the hospital', service: 'Home visits to parents with newborns', evidence: 'Infant entries rose from 38 to 52.', proposed: 'Hospital-based safe sleep programme', population: 'Parents of newborns', estimatedNumber: 400, priority: 'High', partners: 'Riverbend Community Health Center', funding: 'Title IV-B' });
    assert.deepEqual(sub?.conclusions, [{ row: 6, capacity: 'S1', kind: 'Gap', finding: 'Few parenting services outside the city.', assessment: 'services', evidence: 'Availability rated 2.' }]);
    assert.equal(sub?.plan.length, 1, 'unused numbered plan rows are not steps');
    const step = sub?.plan[0];
    assert.deepEqual(
      [step?.stepId, step?.capacity, step?.assessment, step?.startDate, step?.targetDate, step?.lastUpdate, step?.status, step?.baseline],
      ['WG1-01', 'S1', 'services', '2027-01-15', '2027-09-30', '2027-02-01', 'In progress', '0'],
    );
  });

  it('reads an untouched template as an empty submission, not a broken one', async () => {
    const r = read(await templateBytes(j, 'WG4'), j);
    assert.deepEqual(codes(r), []);
    assert.equal(r.submission?.plan.length, 0);
    assert.equal(r.submission?.capacities[0]?.practice.every((p) => p.rating === null), true);
  });
});

describe('the template as a workbook', () => {
  let wb: ExcelJS.Workbook;
  before(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateBytes(j, 'WG1')) as unknown as ExcelJS.Buffer);
  });

  it('hides the lists and the metadata so they cannot be unhidden from the menu', () => {
    assert.equal(wb.getWorksheet('Lists')?.state, 'veryHidden');
    assert.equal(wb.getWorksheet('_meta')?.state, 'veryHidden');
    assert.equal(wb.worksheets[0]?.name, 'Start here');
  });

  it('protects every visible sheet without a password, with input cells unlocked', () => {
    for (const ws of wb.worksheets.filter((w) => w.state === 'visible')) {
      const p = (ws as unknown as { sheetProtection: { sheet?: boolean; hashValue?: string } | null }).sheetProtection;
      assert.equal(p?.sheet, true, ws.name);
      assert.equal(p?.hashValue, undefined, `${ws.name} has no password`);
    }
    const practice = wb.getWorksheet('S1 Practice');
    // Excel's default is locked, so a locked cell stores nothing and reads back as undefined.
    assert.notEqual(practice?.getCell('A6').protection?.locked, false, 'item id locked');
    assert.equal(practice?.getCell('D6').protection?.locked, false, 'rating open');
    assert.equal(wb.getWorksheet('Plan')?.getCell('A6').value, 'WG1-01');
    assert.notEqual(wb.getWorksheet('Plan')?.getCell('A6').protection?.locked, false);
    assert.equal(wb.getWorksheet('Plan')?.getCell('B6').protection?.locked, false);
  });

  it('gives coded fields a dropdown through a defined name, and freezes the header', () => {
    const dv = (wb.getWorksheet('S1 Practice') as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    assert.deepEqual([dv['D6']?.type, dv['D6']?.formulae], ['list', ['List_rating']]);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    assert.deepEqual(names.find((n) => n.name === 'List_rating')?.ranges, ['Lists!$A$2:$A$6']);
    const view = wb.getWorksheet('S1 Practice')?.views[0];
    assert.deepEqual([view?.state, (view as { ySplit?: number } | undefined)?.ySplit], ['frozen', 5]);
  });

  it('prints the wide Plan landscape at a legible scale, its columns split across pages with the step id and header row repeated', () => {
    const setup = wb.getWorksheet('Plan')?.pageSetup;
    assert.deepEqual([setup?.orientation, setup?.fitToPage, setup?.printTitlesRow, setup?.printTitlesColumn, setup?.pageOrder], ['landscape', false, '5:5', 'A:A', 'overThenDown']);
    assert.ok((setup?.scale ?? 0) >= 75 && (setup?.scale ?? 0) <= 100, `scale ${setup?.scale}`);
    assert.match(wb.getWorksheet('Plan')?.headerFooter.oddHeader ?? '', /Resource and Capacity Development Plan section/);
    assert.deepEqual([wb.getWorksheet('Start here')?.pageSetup.fitToPage, wb.getWorksheet('Start here')?.pageSetup.fitToWidth], [true, 1]);
  });
});
