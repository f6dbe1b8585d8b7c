import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SERVICE_CATALOGUE, formatIssue, parseJurisdiction } from '../../src/core';
import { ROOT } from '../helpers/fixtures';

const sample = (): Record<string, unknown> => JSON.parse(readFileSync(path.join(ROOT, 'samples/jurisdiction.json'), 'utf8')) as Record<string, unknown>;

const DELETE = Symbol('delete');
type Key = string | number;

/** Sets (or deletes) the value at a JSON path in a fresh copy of the sample; returns the error lines. */
function errorsAfter(at: readonly Key[], value: unknown): string[] {
  const raw = sample();
  let node = raw as Record<Key, unknown>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = at[at.length - 1] as Key;
  if (value === DELETE) delete node[last];
  else node[last] = value;
  const { jurisdiction, issues } = parseJurisdiction(raw, 'j.json');
  const errors = issues.filter((i) => i.severity === 'error');
  assert.equal(jurisdiction === null, errors.length > 0, 'a configuration with errors must not be returned');
  return errors.map(formatIssue);
}

describe('jurisdiction file', () => {
  it('reads the bundled sample: 4 groups covering all 7 capacities, about 30 stakeholders, no issue', () => {
    const { jurisdiction, issues } = parseJurisdiction(sample(), 'jurisdiction.json');
    assert.deepEqual(issues, []);
    assert.ok(jurisdiction);
    assert.equal(jurisdiction.workGroups.length, 4);
    assert.deepEqual(jurisdiction.workGroups.flatMap((g) => g.capacities).sort(), ['P1', 'P2', 'S1', 'S2', 'WB1', 'WB2', 'WB3']);
    assert.ok(jurisdiction.stakeholders.length >= 28 && jurisdiction.stakeholders.length <= 34);
    assert.equal(new Set(jurisdiction.stakeholders.map((s) => s.category)).size, 11, 'every seed membership category is represented');
    assert.equal(jurisdiction.settings.serviceCatalogue, DEFAULT_SERVICE_CATALOGUE);
  });

  const cases: [string, Key[], unknown, string][] = [
    ['missing format version', ['formatVersion'], DELETE, 'Must be 1, got nothing (j.json › at formatVersion)'],
    ['bad due date', ['workGroups', 1, 'dueDate'], '30/11/2026', 'Must be a date written yyyy-mm-dd, got "30/11/2026" (j.json › at workGroups[1].dueDate)'],
    ['unknown capacity', ['workGroups', 0, 'capacities'], ['S1', 'S2', 'S3'], 'Unknown capacity "S3" (j.json › at workGroups[0].capacities[2]). Use one of: S1, S2, P1, P2, WB1, WB2, WB3'],
    ['capacity left unassigned', ['workGroups', 3, 'capacities'], ['WB2'], 'Capacity WB3 (Well-Being Capacity 3) is assigned to no work group'],
    ['facilitator not a stakeholder', ['workGroups', 2, 'facilitator'], 'p99', 'No stakeholder has the id "p99" (j.json › at workGroups[2].facilitator)'],
    ['duplicate stakeholder id', ['stakeholders', 5, 'id'], 'p01', 'Duplicate stakeholder id "p01" (also at stakeholders[0])'],
    ['unknown category', ['stakeholders', 3, 'category'], 'clergy', 'Unknown stakeholder category "clergy" (j.json › at stakeholders[3].category)'],
    ['plan period backwards', ['planPeriod', 'end'], '2026-01-01', 'Must come after planPeriod.start (2027-01-01), got 2026-01-01'],
    ['work group id with a space', ['workGroups', 0, 'id'], 'WG 1', 'Work group id must be 1-10 letters or digits starting with a letter, got "WG 1"'],
    ['settings list of the wrong type', ['settings'], { priorities: 'High' }, 'Must be a list ([ … ]), got "High" (j.json › at settings.priorities)'],
    ['row count out of range', ['settings'], { rows: { services: 5000 } }, 'Must be a whole number from 0 to 500, got 5000 (j.json › at settings.rows.services)'],
  ];
  for (const [name, at, value, expected] of cases) {
    it(`reports ${name} with the JSON path`, () => {
      const errors = errorsAfter(at, value);
      assert.ok(errors.some((e) => e.includes(expected)), `expected a line containing:\n  ${expected}\ngot:\n  ${errors.join('\n  ')}`);
    });
  }

  it('warns about a misspelt optional field instead of ignoring it silently', () => {
    const raw = sample();
    (raw['workGroups'] as Record<string, unknown>[])[0]!['dueDtae'] = '2026-12-01';
    const { jurisdiction, issues } = parseJurisdiction(raw, 'j.json');
    assert.ok(jurisdiction, 'a warning does not reject the file');
    assert.deepEqual(issues.map((i) => [i.code, i.severity, i.path]), [['CONFIG_UNKNOWN_FIELD', 'warning', 'workGroups[0].dueDtae']]);
  });

  it('lets several work groups (regions of a state) assess the same capacity', () => {
    const raw = sample();
    (raw['workGroups'] as { capacities: string[] }[])[0]?.capacities.push('P1');
    assert.deepEqual(parseJurisdiction(raw, 'j.json').issues, []);
  });

  it('lets a jurisdiction replace a default list', () => {
    const raw = sample();
    raw['settings'] = { priorities: ['Urgent', 'Later'], rows: { actionSteps: 12 } };
    const { jurisdiction } = parseJurisdiction(raw, 'j.json');
    assert.deepEqual(jurisdiction?.settings.priorities, ['Urgent', 'Later']);
    assert.equal(jurisdiction?.settings.rows.actionSteps, 12);
    assert.equal(jurisdiction?.settings.rows.services, 40, 'rows not given keep their default');
  });

  it('rejects something that is not an object at all', () => {
    const { jurisdiction, issues } = parseJurisdiction([1, 2], 'j.json');
    assert.equal(jurisdiction, null);
    assert.equal(formatIssue(issues[0]!), 'Must be an object ({ … }), got a list (j.json › at (top level))');
  });
});
