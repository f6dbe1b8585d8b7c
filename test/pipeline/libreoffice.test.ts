// LibreOffice as a second real spreadsheet client: a template (and a filled one) opened and saved by
// LibreOffice Calc must read back with the same structure and values.

import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { fillTemplate } from '../../pipeline/samples/fill-template';
import { SOFFICE, requireTool, resaveWithLibreOffice } from '../helpers/external-tools';
import { layoutFor, read, sampleJurisdiction, templateBytes } from '../helpers/fixtures';

const j = sampleJurisdiction();

describe('LibreOffice round trip', function () {
  this.timeout(180_000);
  let original: Buffer;
  let resaved: Buffer;

  before(async function () {
    requireTool(this, 'LibreOffice (Debian package libreoffice-calc-nogui)', SOFFICE !== undefined);
    original = await fillTemplate(await templateBytes(j, 'WG1'), layoutFor(j, 'WG1'), {
      groupId: 'WG1',
      capacities: {
        S1: {
          practice: { PR01: { rating: '3 - Partially in place', evidence: 'Seen in 58% of reviewed cases' }, PR02: { rating: "Don't know" } },
          leadership: { LS01: { rating: 2 } },
          services: [{ service: 'Parent education', provider: 'RFRN', slots: 120, waitWeeks: 3, availability: '2 - Emerging', accessibility: '3', quality: '4 - Fully in place', individualization: '1 - Not in place' }],
          needs: [{ need: 'Safe sleep', proposed: 'Hospital programme', estimatedNumber: 400, priority: 'High' }],
        },
      },
      conclusions: [{ capacity: 'S1 - Safety Capacity 1', kind: 'Gap', finding: 'Few rural services' }],
      plan: [{ capacity: 'S1', priorityIssue: 'Rural access', goal: 'Closer groups', actionStep: 'Start two groups', startDate: new Date(Date.UTC(2027, 0, 15)), targetDate: '9/30/2027', status: 'Not started' }],
    });
    resaved = await resaveWithLibreOffice(original, 'riverbend-county-WG1.xlsx');
  });

  it('reads back the same records, with no problem', async () => {
    const before = read(original, j, 'WG1.xlsx');
    const after = read(resaved, j, 'WG1.xlsx');
    assert.deepEqual(after.issues, []);
    assert.ok(after.submission);
    assert.deepEqual(after.submission, before.submission);
    assert.equal(after.submission.plan[0]?.targetDate, '2027-09-30');
  });

  it('keeps the sheets, their order, the hidden metadata and the dropdowns', async () => {
    const load = async (bytes: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      return wb;
    };
    const [a, b] = [await load(original), await load(resaved)];
    assert.deepEqual(b.worksheets.map((w) => w.name), a.worksheets.map((w) => w.name));
    assert.notEqual(b.getWorksheet('_meta')?.state, 'visible');
    assert.notEqual(b.getWorksheet('Lists')?.state, 'visible');
    const dv = (b.getWorksheet('S1 Practice') as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    assert.equal(dv['D6']?.type, 'list');
    assert.match(dv['D6']?.formulae[0] ?? '', /List_rating/);
    assert.equal(b.getWorksheet('Plan')?.getCell('A7').value, 'WG1-02');
  });
});
