// The federal definitions as changed for issue 13, each against a hand-computed fixture.

import assert from 'node:assert/strict';
import {
  EPISODE_FIELDS, EpisodeAggregator, EpisodeRowParser, IssueLog, REPORT_FIELDS, ReportAggregator, ReportRowParser, codeKey, completedMonths, latestCoveredFfy,
  parseDischargeReason, parseDisposition, parseSex, periodOutsideData, resolveColumns, within12Months, type EpisodeField, type ReportField,
} from '../../../src/core/snapshot';
import { d, ep, period, rep } from './fixtures';

const FFY2024 = period('FFY2024');

function reportsFile(header: string, ...rows: string[]) {
  const headers = header.split(',');
  const log = new IssueLog('r.csv');
  const cols = resolveColumns<ReportField>('reports', REPORT_FIELDS, headers, 'r.csv');
  const parser = new ReportRowParser(cols.index, headers, log, d('2026-11-30'));
  return { issues: cols.issues, records: rows.map((r, i) => parser.parse(r.split(','), i + 2)), log };
}

describe('victims from the child-level maltreatment levels', () => {
  it('reads a file with Mal1Lev–Mal4Lev and no RptDisp, and takes the most serious level', () => {
    const f = reportsFile('ChID,RptDt,Mal1Lev,Mal2Lev', 'a,2024-01-05,5,1', 'b,2024-01-05,5,', 'c,2024-01-05,2,9');
    assert.deepEqual(f.issues, []);
    assert.deepEqual(f.records.map((r) => r?.disposition), [0, 2, 1], 'substantiated, unsubstantiated, indicated');
  });

  it('counts a non-victim sibling in a substantiated report as no victim (levels win over RptDisp)', () => {
    const f = reportsFile('ChID,RptDt,RptDisp,ChMal1Lev', 'victim,2024-01-05,1,1', 'sibling,2024-01-05,1,5');
    const agg = new ReportAggregator(FFY2024);
    for (const r of f.records) if (r !== undefined) agg.add(r);
    const p = agg.finishPartial();
    assert.equal(p.victimsByAge.total, 1);
    assert.deepEqual(p.byDisposition.counts, [1, 0, 1, 0]);
  });

  it('falls back to RptDisp without levels, and names both when neither is there', () => {
    assert.deepEqual(reportsFile('ChID,RptDt,RptDisp', 'a,2024-01-05,2').records.map((r) => r?.disposition), [1]);
    const none = reportsFile('ChID,RptDt,ChAge');
    assert.deepEqual(none.issues.map((i) => i.code), ['COLUMN_MISSING']);
  });
});

describe('S2 leaves out victims 18 or older', () => {
  it('keeps a 17-year-old and an unknown age, drops an 18-year-old (age at the first report)', () => {
    const agg = new ReportAggregator(FFY2024);
    agg.add(rep('a', '2023-11-01', 0, { age: 17 }));
    agg.add(rep('a', '2024-03-01', 0, { age: 18 }));
    agg.add(rep('b', '2023-11-01', 0, { age: 18 }));
    agg.add(rep('b', '2024-03-01', 0, { age: 18 }));
    agg.add(rep('c', '2023-11-01', 0, { age: -1 }));
    const p = agg.finishPartial();
    assert.deepEqual(p.s2, { denominator: 2, numerator: 1 }, 'a recurs; b is 18; c has no second report');
    assert.equal(p.victimsByAge.total, 3, 'b is still a victim');
  });
});

describe('calendar months and one "within 12 months"', () => {
  it('counts whole months as age is counted', () => {
    assert.equal(completedMonths(d('2023-10-02'), d('2024-10-01')), 11, '11 months 29 days, 365 days in a leap year');
    assert.equal(completedMonths(d('2023-10-01'), d('2024-10-01')), 12);
    assert.equal(completedMonths(d('2022-01-31'), d('2022-02-28')), 0);
  });

  it('puts a child 11 months 29 days in care on the first day out of P2 (it was in with 365 days)', () => {
    const agg = new EpisodeAggregator(period('FFY2025'));
    agg.add(ep({ id: 'a', dob: '2015-01-01', removal: '2023-10-02' }));
    agg.add(ep({ id: 'b', dob: '2015-01-01', removal: '2023-10-01' }));
    agg.add(ep({ id: 'c', dob: '2015-01-01', removal: '2022-10-01' }));
    const r = agg.finish();
    assert.deepEqual([r.p2.denominator, r.p3.denominator], [1, 1], 'b has 12 months, c 24; a has 11');
  });

  it('means "before the first anniversary" in ordinary and in leap years alike', () => {
    assert.equal(within12Months(d('2023-03-01'), d('2024-02-29')), true);
    assert.equal(within12Months(d('2023-03-01'), d('2024-03-01')), false, 'the anniversary, in a leap year');
    assert.equal(within12Months(d('2021-03-01'), d('2022-02-28')), true);
    assert.equal(within12Months(d('2021-03-01'), d('2022-03-01')), false, 'the anniversary, in an ordinary year');
    const ordinary = new EpisodeAggregator(period('FFY2022'));
    ordinary.add(ep({ id: 'a', dob: '2015-01-01', removal: '2021-10-05', discharge: '2022-10-05', reason: 1 }));
    assert.deepEqual(ordinary.finish().p1, { denominator: 1, numerator: 0 }, '365 days, the anniversary: not within (it counted before)');
  });
});

describe('codes are never coerced', () => {
  it('reads -1, +1 and 1.0 as no code at all', () => {
    for (const raw of ['-1', '+1', '1.0', '-01']) {
      assert.equal(parseDisposition(raw), -1, raw);
      assert.equal(parseDischargeReason(raw), -1, raw);
      assert.equal(parseSex(raw), -1, raw);
    }
    assert.equal(codeKey('01'), '1');
  });

  it('reports a signed code as CODE_UNKNOWN by line and column and skips the row', () => {
    const f = reportsFile('ChID,RptDt,RptDisp', 'a,2024-01-05,-1', 'b,2024-01-05,1');
    assert.equal(f.records[0], undefined);
    assert.deepEqual(f.log.kept.map((i) => [i.code, i.row, i.column]), [['CODE_UNKNOWN', 2, 'RptDisp']]);
    const headers = ['RecNumbr', 'DOB', 'LatRemDt', 'DoDFCDt', 'DISREASN', 'Sex'];
    const log = new IssueLog('e.csv');
    const p = new EpisodeRowParser(resolveColumns<EpisodeField>('episodes', EPISODE_FIELDS, headers, 'e.csv').index, headers, log);
    assert.equal(p.parse(['a', '2015-01-01', '2024-01-01', '2024-02-01', '-1', '1'], 2), undefined);
    assert.equal(p.parse(['b', '2015-01-01', '2024-01-01', '', '', '-2'], 3), undefined);
    assert.deepEqual(log.kept.map((i) => [i.code, i.row, i.column]), [['CODE_UNKNOWN', 2, 'DISREASN'], ['CODE_UNKNOWN', 3, 'Sex']]);
  });
});

describe('dates after the as-of date', () => {
  it('skips the row and names the date, file, line and column', () => {
    const f = reportsFile('ChID,RptDt,RptDisp', 'a,2037-01-05,1', 'b,2026-11-30,1');
    assert.equal(f.records[0], undefined);
    assert.notEqual(f.records[1], undefined, 'the as-of day itself is fine');
    assert.deepEqual(f.log.kept.map((i) => [i.code, i.row, i.column]), [['DATE_AFTER_AS_OF', 2, 'RptDt']]);
    assert.match(f.log.kept[0]?.message ?? '', /after the as-of date 2026-11-30/);
  });
});

describe('the period and the data', () => {
  it('defaults to the latest federal year ended within the data', () => {
    assert.equal(latestCoveredFfy({ first: d('2020-11-01'), last: d('2026-10-31') }).label, 'FFY2026');
    assert.equal(latestCoveredFfy({ first: d('2020-11-01'), last: d('2026-09-29') }).label, 'FFY2025');
  });

  it('refuses a period outside the data, naming its range', () => {
    const range = { first: d('2020-11-01'), last: d('2026-10-31') };
    assert.equal(periodOutsideData(period('FFY2026'), range), null);
    assert.equal(
      periodOutsideData(period('FFY2030'), range),
      'The period FFY2030 (2029-10-01 to 2030-09-30) is not covered by the data, which runs from 2020-11 to 2026-10: choose a period within it, e.g. --period FFY2026',
    );
  });
});
