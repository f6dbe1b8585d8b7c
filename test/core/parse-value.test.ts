import assert from 'node:assert/strict';
import { bool, date, err, normalise, num, organisationKey, str, EMPTY, type Cell, type ColumnType } from '../../src/core';
import { parseValue, type ValueContext } from '../../src/core/submission/parse-value';
import { layoutFor, sampleJurisdiction } from '../helpers/fixtures';

const layout = layoutFor(sampleJurisdiction(), 'WG1');
const ctx: ValueContext = { lists: new Map(layout.lists.map((l) => [l.name, l])), date1904: false };
const rating: ColumnType = { kind: 'rating' };
const status: ColumnType = { kind: 'choice', list: 'status' };
const capacity: ColumnType = { kind: 'choice', list: 'capacity' };
const service: ColumnType = { kind: 'choice', list: 'service', allowOther: true };
const integer: ColumnType = { kind: 'integer', min: 0, max: 520 };
const day: ColumnType = { kind: 'date' };
const text: ColumnType = { kind: 'text' };

const ok: [string, Cell, ColumnType, unknown][] = [
  ['the dropdown text', str('3 - Partially in place'), rating, 3],
  ['just the number typed', str('3'), rating, 3],
  ['the number as a number', num(4), rating, 4],
  ['stray spaces and case', str('  2 -  emerging '), rating, 2],
  ['the label alone', str('fully in place'), rating, 4],
  ["Don't know with a curly apostrophe", str('Don’t know'), rating, 'DK'],
  ['dont know without apostrophe', str('dont know'), rating, 'DK'],
  ['DK', str('DK'), rating, 'DK'],
  ['a code with a note after it', str('1 - none at all'), rating, 1],
  ['a blank rating', str('   '), rating, null],
  ['a status in other case', str('in PROGRESS'), status, 'In progress'],
  ['a capacity by its id', str('s2'), capacity, 'S2'],
  ['a capacity by its label', str('Safety Capacity 1'), capacity, 'S1'],
  ['a catalogue service, loosely typed', str('parent  education'), service, 'Parent education'],
  ['a service not in the catalogue', str('Grandparents Raising Grandchildren circle'), service, 'Grandparents Raising Grandchildren circle'],
  ['a number stored as text', str(' 12 '), integer, 12],
  ['a number with a thousands separator', str('1,200'), { kind: 'integer', min: 0, max: 100000 }, 1200],
  ['a whole number written as 6.0', num(6), integer, 6],
  ['thousands grouped by spaces', str('12 000'), { kind: 'integer', min: 0, max: 100000 }, 12000],
  ['thousands grouped twice', str('1,200,000'), { kind: 'integer', min: 0, max: 2000000 }, 1200000],
  ['a real date', date('2027-03-31'), day, '2027-03-31'],
  ['an ISO date typed as text', str('2027-03-31'), day, '2027-03-31'],
  ['a US date typed as text', str('3/31/2027'), day, '2027-03-31'],
  ['a month name', str('March 31, 2027'), day, '2027-03-31'],
  ['a serial number', num(46477), day, '2027-03-31'],
  ['text kept, trimmed', str('  Weekly visits \n'), text, 'Weekly visits'],
  ['a number in a text column', num(211), text, '211'],
  ['TRUE in a text column', bool(true), text, 'TRUE'],
  ['empty text', EMPTY, text, ''],
];

const bad: [string, Cell, ColumnType, string, string][] = [
  ['a made-up rating', str('maybe'), rating, 'RATING_INVALID', 'Must be 1-4 or Don\'t know, got "maybe"'],
  ['a rating out of range', num(5), rating, 'RATING_INVALID', 'Must be 1-4 or Don\'t know, got "5"'],
  ['a half rating', str('2.5'), rating, 'RATING_INVALID', 'Must be 1-4 or Don\'t know, got "2.5"'],
  ['a status not in the list', str('Done'), status, 'CHOICE_INVALID', 'Must be one of Not started, In progress, Completed, Barrier, Dropped, got "Done"'],
  ['a capacity of another group', str('P1'), capacity, 'CHOICE_INVALID', 'Must be one of S1 - Safety Capacity 1, S2 - Safety Capacity 2, got "P1"'],
  ['words in a number', str('about 20'), integer, 'NUMBER_INVALID', 'Must be a whole number from 0 to 520, got "about 20"'],
  ['a fraction', num(2.5), integer, 'NUMBER_INVALID', 'Must be a whole number from 0 to 520, got "2.5"'],
  ['a negative number', num(-1), integer, 'NUMBER_INVALID', 'Must be a whole number from 0 to 520, got "-1"'],
  ['an impossible date', str('2/30/2027'), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "2/30/2027"'],
  ['words in a date', str('next spring'), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "next spring"'],
  ['an error cell', err('#REF!'), text, 'CELL_ERROR', 'Cannot read the cell: #REF!'],
  // Issue 11, finding 5: "1,5" was read as 15, every comma stripped as a thousands separator.
  ['a decimal comma (one and a half)', str('1,5'), integer, 'NUMBER_INVALID', 'Must be a whole number from 0 to 520 (a comma only separates thousands, as in 1,200), got "1,5"'],
  ['commas in the wrong places', str('12,34,5'), integer, 'NUMBER_INVALID', 'Must be a whole number from 0 to 520 (a comma only separates thousands, as in 1,200), got "12,34,5"'],
  // Issue 11, finding 10: impossible dates were shifted (2027-99-99 became 2035-06-07, 0000-00-00 1899).
  ['a date cell holding an impossible date', date('2027-99-99'), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "2027-99-99"'],
  ['a date cell of year zero', date('0000-00-00'), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "0000-00-00"'],
  ['a serial far past 9999', num(1e20), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "100000000000000000000"'],
  ['month 99 typed as text', str('2027-99-99'), day, 'DATE_INVALID', 'Must be a date from 1900-01-01 to 9999-12-31, got "2027-99-99"'],
];

describe('reading one cell by its declared type', () => {
  for (const [name, cell, type, expected] of ok) {
    it(`reads ${name}`, () => {
      assert.deepEqual(parseValue(cell, type, ctx), { ok: true, value: expected });
    });
  }
  for (const [name, cell, type, code, message] of bad) {
    it(`refuses ${name} with ${code}`, () => {
      const r = parseValue(cell, type, ctx);
      assert.equal(r.ok, false);
      if (!r.ok) {
        assert.equal(r.code, code);
        assert.equal(r.message, message);
        assert.ok(r.advice.length > 10, 'every refusal says what to do');
      }
    });
  }
  it('counts serial numbers from 1904 in a 1904-system workbook', () => {
    assert.deepEqual(parseValue(num(46477 - 1462), day, { ...ctx, date1904: true }), { ok: true, value: '2027-03-31' });
  });
});

describe('matching text in every script (issue 11, finding 1)', () => {
  it('keeps the letters of every script, so two Chinese names are two keys, never one empty key', () => {
    assert.equal(normalise('家庭支持服务'), '家庭支持服务');
    assert.notEqual(normalise('家庭支持服务'), normalise('心理健康服务'));
    assert.equal(normalise('Служба  поддержки!'), 'службаподдержки');
    assert.equal(normalise('ＡＢＣ１２３'), 'abc123', 'full-width forms fold (NFKC)');
    assert.equal(normalise('Straße'), normalise('STRASSE'), 'case folded');
    assert.equal(normalise("Don't know"), 'dontknow');
    assert.equal(organisationKey('华人社区中心, Inc.'), organisationKey('华人社区中心'));
    assert.notEqual(organisationKey('华人社区中心'), organisationKey('华人互助会'));
    assert.equal(normalise('🏠🏠'), '', 'symbols alone make an empty key, which matches nothing');
  });
});
