import assert from 'node:assert/strict';
import {
  EPISODE_FIELDS, EpisodeRowParser, IssueLog, REPORT_FIELDS, ReportRowParser, addYears, ageOn, codeKey, formatDay, latestCompleteFfy,
  parseDay, parseDischargeReason, parsePeriod, parsePlacementSetting, parseRaceText, resolveColumns, type EpisodeField, type ReportField,
} from '../../../src/core/snapshot';
import { d } from './fixtures';

describe('dates', () => {
  const cases: readonly [string, string | null | undefined][] = [
    ['2024-01-05', '2024-01-05'],
    ['2024-01-05T00:00:00', '2024-01-05'],
    ['1/5/2024', '2024-01-05'],
    ['01/05/2024 0:00', '2024-01-05'],
    ['45296', '2024-01-05'],
    ['45296.75', '2024-01-05'],
    ['61', '1900-03-01'],
    ['  2024-02-29 ', '2024-02-29'],
    ['', null],
    ['13/45/2024', undefined],
    ['2023-02-29', undefined],
    ['1/5/24', undefined],
    ['60', undefined],
    ['yesterday', undefined],
  ];
  for (const [text, want] of cases) {
    it(`reads "${text}" as ${String(want)}`, () => {
      const got = parseDay(text);
      assert.equal(typeof got === 'number' ? formatDay(got) : got, want);
    });
  }

  it('finds birthdays, including 29 February in a common year', () => {
    assert.equal(formatDay(addYears(d('2008-02-29'), 18)), '2026-03-01');
    assert.equal(ageOn(d('2006-01-02'), d('2024-01-01')), 17);
    assert.equal(ageOn(d('2006-01-02'), d('2024-01-02')), 18);
  });
});

describe('periods', () => {
  it('reads FFY, CY and 12 months from a month, and rejects the rest', () => {
    const ffy = parsePeriod('FFY2025');
    assert.ok(!('error' in ffy));
    assert.deepEqual([ffy.label, formatDay(ffy.start), formatDay(ffy.end)], ['FFY2025', '2024-10-01', '2025-09-30']);
    const m = parsePeriod('2024-07');
    assert.ok(!('error' in m));
    assert.deepEqual([formatDay(m.start), formatDay(m.end)], ['2024-07-01', '2025-06-30']);
    assert.deepEqual(parsePeriod('Q3'), { error: 'Period must be FFY2025, CY2024 or 2024-07 (12 months from that month), got "Q3"' });
  });

  it('defaults to the latest complete federal fiscal year', () => {
    assert.equal(latestCompleteFfy(d('2026-11-23')).label, 'FFY2026');
    assert.equal(latestCompleteFfy(d('2026-09-30')).label, 'FFY2025');
  });
});

describe('codes', () => {
  it('keeps leading zeros out of the way of numeric codes', () => {
    assert.equal(codeKey('01'), '1');
    assert.equal(parseDischargeReason('01'), 1);
    assert.equal(parseDischargeReason('Reunification'), 1);
    assert.equal(parsePlacementSetting('08'), 7);
    assert.equal(parseDischargeReason('9'), -1);
  });

  it('reads race words without confusing African American with Asian or Hawaiian with Hispanic', () => {
    assert.deepEqual(['African American', 'Asian', 'Native Hawaiian', 'Hispanic/Latino', 'Two or more races', ''].map(parseRaceText), [3, 2, 4, 0, 6, 7]);
  });
});

describe('columns', () => {
  it('maps AFCARS names case- and punctuation-insensitively', () => {
    const { index, issues } = resolveColumns<EpisodeField>('episodes', EPISODE_FIELDS, ['RECNUMBR', 'dob', 'Lat_Rem_Dt', 'dodfcdt', 'DisReasn', 'cur pl set', 'NumPlep'], 'e.csv');
    assert.deepEqual(issues, []);
    assert.deepEqual([index.childId, index.removalDate, index.dischargeDate, index.dischargeReason, index.placementSetting, index.placements], [0, 2, 3, 4, 5, 6]);
  });

  it('names every missing required column', () => {
    const { issues } = resolveColumns('episodes', EPISODE_FIELDS, ['Child ID', 'DOB', 'Removal Date'], 'e.csv');
    assert.deepEqual(issues.map((i) => [i.code, i.column, i.row]), [
      ['COLUMN_MISSING', 'Discharge date', 1],
      ['COLUMN_MISSING', 'Discharge reason', 1],
    ]);
    assert.match(issues[0]?.message ?? '', /^The episodes file must have a "Discharge date" column \(for example "DoDFCDt"/);
  });

  it('follows the user mapping first and reports mapping mistakes', () => {
    const headers = ['CHILD_NO', 'DOB', 'Date Entered Care', 'Date Left Care', 'Exit Code'];
    const ok = resolveColumns<EpisodeField>('episodes', EPISODE_FIELDS, headers, 'e.csv', {
      episodes: { childId: 'CHILD_NO', removalDate: 'Date Entered Care', dischargeDate: 'date left care', dischargeReason: 'Exit Code' },
    });
    assert.deepEqual(ok.issues, []);
    assert.equal(ok.index.dischargeDate, 3);
    const bad = resolveColumns('episodes', EPISODE_FIELDS, headers, 'e.csv', { episodes: { kidId: 'CHILD_NO', removalDate: 'Entry' } });
    assert.deepEqual(bad.issues.map((i) => i.code), ['MAPPING_UNKNOWN_FIELD', 'MAPPING_COLUMN_NOT_FOUND', 'COLUMN_MISSING', 'COLUMN_MISSING', 'COLUMN_MISSING']);
  });
});

describe('row parsers', () => {
  const headers = ['RecNumbr', 'DOB', 'LatRemDt', 'DoDFCDt', 'DISREASN', 'CurPlSet', 'NumPlep', 'AmIAKN', 'BlkAfrAm', 'White', 'HisOrgin', 'Neglect'];
  const setup = () => {
    const log = new IssueLog('episodes.csv');
    const { index } = resolveColumns<EpisodeField>('episodes', EPISODE_FIELDS, headers, 'episodes.csv');
    return { log, parser: new EpisodeRowParser(index, headers, log) };
  };

  it('makes a typed record, keeping the id text with its leading zeros', () => {
    const { parser } = setup();
    const rec = parser.parse(['000123', '3/4/2015', '2024-01-05', '45350', '01', '02', '3', '0', '1', '1', '2', '1'], 2);
    assert.ok(rec !== undefined);
    assert.equal(rec.childId, '000123');
    assert.deepEqual([formatDay(rec.dob), formatDay(rec.removal), rec.discharge === null ? null : formatDay(rec.discharge)], ['2015-03-04', '2024-01-05', '2024-02-28']);
    assert.deepEqual([rec.dischargeReason, rec.placement, rec.placements, rec.race, rec.removalReasons], [1, 1, 3, 6, 4]);
  });

  it('reports a bad value with what, the rule, what we got and where, and skips the row', () => {
    const { parser, log } = setup();
    const rec = parser.parse(['7', '2015-03-04', '2024-01-05', '13/45/2024', '1', '2', '1', '0', '0', '1', '2', '0'], 12);
    assert.equal(rec, undefined);
    assert.deepEqual([log.rows, log.skipped], [1, 1]);
    const issue = log.kept[0];
    assert.deepEqual(
      { code: issue?.code, message: issue?.message, file: issue?.file, row: issue?.row, column: issue?.column },
      {
        code: 'DATE_INVALID',
        message: 'Discharge date must be a date (yyyy-mm-dd, m/d/yyyy or an Excel serial), got "13/45/2024"',
        file: 'episodes.csv',
        row: 12,
        column: 'DoDFCDt',
      },
    );
  });

  it('refuses a discharge before the removal and an unknown code', () => {
    const { parser, log } = setup();
    parser.parse(['7', '2015-03-04', '2024-01-05', '2024-01-04', '1', '2', '1', '0', '0', '1', '2', '0'], 3);
    parser.parse(['8', '2015-03-04', '2024-01-05', '', '', '12', '1', '0', '0', '1', '2', '0'], 4);
    assert.deepEqual(log.kept.map((i) => [i.code, i.row, i.column]), [['DATE_ORDER', 3, 'DoDFCDt'], ['CODE_UNKNOWN', 4, 'CurPlSet']]);
  });

  it('reads NCANDS-like reports with several maltreatment types', () => {
    const h = ['ChID', 'RptDt', 'RptDisp', 'ChMal1', 'ChMal2', 'ChAge', 'ChSex', 'Race'];
    const log = new IssueLog('reports.csv');
    const { index } = resolveColumns<ReportField>('reports', REPORT_FIELDS, h, 'reports.csv');
    const rec = new ReportRowParser(index, h, log).parse(['00042', '2024-02-01', 'Indicated', '2', 'Sexual abuse', '99', 'F', 'Black'], 5);
    assert.ok(rec !== undefined);
    assert.deepEqual([rec.childId, rec.disposition, rec.maltreatment, rec.age, rec.sex, rec.race], ['00042', 1, 0b1010, -1, 0, 3]);
  });
});
