// The published JSON Schema (schema/jurisdiction.schema.json, named by the sample's "$schema", so
// editors complete and check the file) says what the parser accepts: the same fields at every level,
// the sample valid, and the parser's mistakes refused by the schema too. Checked with Ajv.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { JURISDICTION_KEYS, SETTINGS_KEYS, STAKEHOLDER_KEYS, TOP_KEYS, WORK_GROUP_KEYS, parseJurisdiction } from '../../src/core';
import { ROOT } from '../helpers/fixtures';

interface SchemaNode {
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema/jurisdiction.schema.json'), 'utf8')) as SchemaNode & Record<string, unknown>;
const sample = JSON.parse(readFileSync(path.join(ROOT, 'samples/jurisdiction.json'), 'utf8')) as Record<string, unknown>;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const keys = (node: SchemaNode | undefined): string[] => Object.keys(node?.properties ?? {}).sort();

describe('the jurisdiction file JSON Schema', () => {
  it('is named by the sample, which it accepts', () => {
    assert.equal(sample['$schema'], '../schema/jurisdiction.schema.json');
    assert.ok(validate(sample), JSON.stringify(validate.errors));
  });

  it('knows exactly the fields the parser knows, at every level', () => {
    assert.deepEqual(keys(schema), [...TOP_KEYS].sort());
    assert.deepEqual(keys(schema.properties?.['jurisdiction']), [...JURISDICTION_KEYS].sort());
    assert.deepEqual(keys(schema.properties?.['workGroups']?.items), [...WORK_GROUP_KEYS].sort());
    assert.deepEqual(keys(schema.properties?.['stakeholders']?.items), [...STAKEHOLDER_KEYS].sort());
    assert.deepEqual(keys(schema.properties?.['settings']), [...SETTINGS_KEYS].sort());
  });

  const broken: readonly [what: string, change: (j: Record<string, unknown>) => void][] = [
    ['a date written another way', (j) => void ((j['workGroups'] as Record<string, unknown>[])[0]!['dueDate'] = '30/11/2026')],
    ['an id with spaces', (j) => void ((j['jurisdiction'] as Record<string, unknown>)['id'] = 'Riverbend County')],
    ['a misspelt field', (j) => void (j['stakholders'] = [])],
    ['an unknown engagement colour', (j) => void ((j['stakeholders'] as Record<string, unknown>[])[0]!['engagement'] = 'purple')],
    ['no work groups', (j) => void (j['workGroups'] = [])],
  ];
  for (const [what, change] of broken) {
    it(`refuses ${what}, as the parser does`, () => {
      const j = structuredClone(sample);
      change(j);
      assert.equal(validate(j), false);
      const parsed = parseJurisdiction(j, 'j.json');
      assert.ok(parsed.jurisdiction === null || parsed.issues.length > 0, 'the parser reports it too');
    });
  }
});
