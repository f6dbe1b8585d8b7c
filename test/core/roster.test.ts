// The roster: new stakeholder fields in the jurisdiction file (JSON paths), and a roster imported
// from CSV with header aliases, quirks and bad values reported by line and column.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyseRoster, assignmentsFrom, parseJurisdiction } from '../../src/core';
import { csvRows, rosterFromRows } from '../../pipeline/roster/read-roster';
import { ROOT, sampleJurisdiction } from '../helpers/fixtures';

const raw = (): { stakeholders: Record<string, unknown>[] } => JSON.parse(readFileSync(path.join(ROOT, 'samples/jurisdiction.json'), 'utf8')) as { stakeholders: Record<string, unknown>[] };

describe('roster fields in the jurisdiction file', () => {
  it('reads them, resolving attendance dates to meeting numbers', () => {
    const r = raw();
    Object.assign(r.stakeholders[0] ?? {}, { nextStep: 'Thank-you call', nextStepOwner: 'Tom', joined: '2026-09-01', attended: [1, '2026-11-12', '3'], orientation: [2, 1] });
    const { jurisdiction } = parseJurisdiction(r, 'j.json');
    const p01 = jurisdiction?.stakeholders[0];
    assert.deepEqual([p01?.attended, p01?.orientation, p01?.nextStepOwner, p01?.left], [[1, 2, 3], [1, 2], 'Tom', '']);
  });

  it('names each bad value by its JSON path', () => {
    const r = raw();
    Object.assign(r.stakeholders[2] ?? {}, { joined: '2027-02-01', left: '2027-01-01', attended: [12, 'last week'], orientation: [11] });
    const { jurisdiction, issues } = parseJurisdiction(r, 'j.json');
    assert.equal(jurisdiction, null);
    assert.deepEqual(issues.map((i) => [i.path, i.message]), [
      ['stakeholders[2].left', 'Must not come before joined (2027-02-01), got 2027-01-01'],
      ['stakeholders[2].attended[0]', 'Meeting number must be 1 to 9, got 12'],
      ['stakeholders[2].attended[1]', 'Must be a meeting number or a date written yyyy-mm-dd, got "last week"'],
      ['stakeholders[2].orientation[0]', 'Orientation module must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, got 11'],
    ]);
  });
});

describe('roster import from CSV', () => {
  const j = sampleJurisdiction();
  it('takes header aliases, a BOM, CRLF, quoted commas and blank lines', () => {
    const csv = '\uFEFFName,Organization,Sector,Work Group,Role,Color,Owner,Meetings attended,Modules\r\n"Ada Park","Park, Lee & Co",Tribal representatives,WG2,reporter,Yellow,Dana,1;2,3\r\n\r\nBo Li,Food Bank,basic-needs,WG3,,,,,\r\n';
    const { people, assignments, issues } = rosterFromRows(csvRows(csv), j, 'roster.csv');
    assert.deepEqual(issues, []);
    assert.deepEqual(people.map((p) => [p.id, p.name, p.organisation, p.category, p.engagement, p.attended, p.orientation]), [
      ['m002', 'Ada Park', 'Park, Lee & Co', 'tribal', 'yellow', [1, 2], [3]],
      ['m004', 'Bo Li', 'Food Bank', 'basic-needs', 'none', [], []],
    ]);
    assert.deepEqual(assignments?.get('m002'), [{ groupId: 'WG2', role: 'reporter' }]);
  });

  it('reports every bad value with its line and column, and a missing column with the header line', () => {
    const csv = 'name,category,engagement,joined,work group\nAda,tribal,purple,someday,WG9\n,nobody,green,,WG1\n';
    const { issues } = rosterFromRows(csvRows(csv), j, 'roster.csv');
    assert.deepEqual(issues.map((i) => [i.code, i.row, i.column]), [
      ['ROSTER_VALUE_INVALID', 2, 'engagement'], ['ROSTER_VALUE_INVALID', 2, 'joined'], ['ROSTER_VALUE_INVALID', 2, 'workGroup'],
      ['ROSTER_VALUE_INVALID', 3, 'name'], ['ROSTER_VALUE_INVALID', 3, 'category'],
    ]);
    assert.equal(issues[0]?.message, 'Engagement must be green, yellow, red or none, got "purple"');
    const missing = rosterFromRows(csvRows('\nfull name,email\nAda,a@x\n'), j, 'roster.csv').issues;
    assert.deepEqual(missing.map((i) => [i.code, i.row, i.message]), [['ROSTER_COLUMN_MISSING', 2, 'The roster needs a "category" column, got the headers "full name", "email"']]);
  });
});

describe('roster analysis', () => {
  it('finds missing and thin categories overall and per work group, and groups the engagement plan by colour', () => {
    const j = sampleJurisdiction();
    const r = analyseRoster(j, j.stakeholders, assignmentsFrom(j), '2027-01-10');
    assert.equal(r.active, 32);
    assert.deepEqual(r.categories.filter((c) => c.state !== 'ok').map((c) => [c.category, c.state]), [['prevention', 'thin']]);
    assert.deepEqual(r.groups.find((g) => g.groupId === 'WG4')?.missing.includes('tribal'), true);
    assert.deepEqual(r.engagement.map((e) => [e.colour, e.people.length]), [['green', 18], ['yellow', 8], ['red', 1], ['none', 5]]);
    assert.deepEqual(r.attendance.map((a) => a.recorded), [false, false, false], 'nobody recorded: nobody is counted absent');
    assert.deepEqual(r.atRisk, []);
  });
});
