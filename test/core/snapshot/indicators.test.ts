import assert from 'node:assert/strict';
import { EpisodeAggregator, ReportAggregator, completeReports, countInCare, effectiveExit, sum } from '../../../src/core/snapshot';
import { type EpisodeSpec, d, ep, period, rep } from './fixtures';

// FFY2024 runs 2023-10-01 … 2024-09-30. Every expected number below is counted by hand.
const FFY2024 = period('FFY2024');

function episodes(...specs: EpisodeSpec[]) {
  const agg = new EpisodeAggregator(FFY2024);
  for (const s of specs) agg.add(ep(s));
  return agg.finish();
}

describe('P1 permanency in 12 months for entries', () => {
  it('leaves out a stay of 7 days and keeps a stay of 8 days', () => {
    const r = episodes(
      { id: 'a', dob: '2015-01-01', removal: '2023-11-01', discharge: '2023-11-08', reason: 1 },
      { id: 'b', dob: '2015-01-01', removal: '2023-11-01', discharge: '2023-11-09', reason: 1 },
    );
    assert.deepEqual(r.p1, { denominator: 1, numerator: 1 });
  });

  it('keeps an entry at 17 years 364 days and leaves out an entry on the 18th birthday', () => {
    const r = episodes(
      { id: 'a', dob: '2006-01-02', removal: '2024-01-01', discharge: '2024-03-01', reason: 4 },
      { id: 'b', dob: '2006-02-01', removal: '2024-02-01', discharge: '2024-03-01', reason: 1 },
    );
    assert.deepEqual(r.p1, { denominator: 1, numerator: 0 });
  });

  it('does not count a discharge on the 18th birthday as permanency', () => {
    const onBirthday = episodes({ id: 'a', dob: '2006-06-01', removal: '2024-01-10', discharge: '2024-06-01', reason: 1 });
    assert.deepEqual(onBirthday.p1, { denominator: 1, numerator: 0 });
    const dayBefore = episodes({ id: 'a', dob: '2006-06-01', removal: '2024-01-10', discharge: '2024-05-31', reason: 1 });
    assert.deepEqual(dayBefore.p1, { denominator: 1, numerator: 1 });
  });

  it('counts a discharge 365 days after entry, not 366', () => {
    const r = episodes(
      { id: 'a', dob: '2015-01-01', removal: '2023-10-02', discharge: '2024-10-01', reason: 1 },
      { id: 'b', dob: '2015-01-01', removal: '2023-10-02', discharge: '2024-10-02', reason: 1 },
    );
    assert.deepEqual(r.p1, { denominator: 2, numerator: 1 });
  });

  it('ends a trial home visit longer than 30 days 30 days after it began', () => {
    // Removal 2023-10-15, THV from 2024-09-01, discharge 2024-11-20 (402 days): counted exit 2024-10-01 (352 days).
    const thv = { id: 'a', dob: '2015-01-01', removal: '2023-10-15', discharge: '2024-11-20', reason: 1, placement: 7, placementStart: '2024-09-01' };
    assert.equal(effectiveExit(ep(thv)), d('2024-10-01'));
    assert.deepEqual(episodes(thv).p1, { denominator: 1, numerator: 1 });
    assert.deepEqual(episodes({ ...thv, placement: 2 }).p1, { denominator: 1, numerator: 0 });
    // A 30-day visit is not shortened.
    assert.equal(effectiveExit(ep({ ...thv, placementStart: '2024-10-21' })), d('2024-11-20'));
  });

  it('counts a missing discharge reason in the cohort but not as permanency, and as its own exit category', () => {
    const r = episodes({ id: 'a', dob: '2015-01-01', removal: '2023-12-01', discharge: '2024-02-01', reason: 0 });
    assert.deepEqual(r.p1, { denominator: 1, numerator: 0 });
    assert.equal(r.exits.byReason.counts[0], 1);
    assert.equal(r.exits.byReason.labels[0], 'Missing discharge reason');
  });

  it('uses only the first entry of a child with several episodes, fed in any order', () => {
    const r = episodes(
      { id: 'a', dob: '2015-01-01', removal: '2024-03-01', discharge: '2024-04-01', reason: 3 },
      { id: 'a', dob: '2015-01-01', removal: '2023-12-01', discharge: '2024-01-15', reason: 1 },
    );
    assert.deepEqual(r.p1, { denominator: 1, numerator: 1 });
    assert.equal(r.entries.byAge.total, 2, 'both episodes are entries');
  });
});

describe('P2 and P3 permanency for children already in care', () => {
  it('sorts children by time in care on the first day: 364 none, 365 and 729 P2, 730 P3', () => {
    const r = episodes(
      { id: 'a', dob: '2012-01-01', removal: '2022-10-02' },
      { id: 'b', dob: '2012-01-01', removal: '2022-10-01', discharge: '2024-09-30', reason: 3 },
      { id: 'c', dob: '2012-01-01', removal: '2021-10-02', discharge: '2024-10-01', reason: 3 },
      { id: 'd', dob: '2012-01-01', removal: '2021-10-01', discharge: '2024-05-01', reason: 5 },
    );
    assert.deepEqual(r.p2, { denominator: 2, numerator: 1 });
    assert.deepEqual(r.p3, { denominator: 1, numerator: 1 });
  });

  it('leaves out children 18 or older on the first day', () => {
    const r = episodes({ id: 'a', dob: '2005-10-01', removal: '2021-01-01', discharge: '2024-01-01', reason: 1 });
    assert.deepEqual(r.p3, { denominator: 0, numerator: 0 });
  });
});

describe('P4 re-entry in 12 months', () => {
  const exit = { id: 'a', dob: '2015-01-01', removal: '2023-11-01', discharge: '2024-01-10', reason: 1 };
  it('counts a re-entry 365 days after discharge, not 366', () => {
    assert.deepEqual(episodes(exit, { id: 'a', dob: '2015-01-01', removal: '2025-01-09' }).p4, { denominator: 1, numerator: 1 });
    assert.deepEqual(episodes(exit, { id: 'a', dob: '2015-01-01', removal: '2025-01-10' }).p4, { denominator: 1, numerator: 0 });
  });

  it('takes only exits to reunification, relatives or guardianship', () => {
    assert.deepEqual(episodes({ ...exit, reason: 3 }).p4, { denominator: 0, numerator: 0 });
    assert.deepEqual(episodes({ ...exit, reason: 5 }).p4, { denominator: 1, numerator: 0 });
  });
});

describe('P5 placement stability', () => {
  it('counts moves per 1,000 days until the end of the period', () => {
    // 2024-07-01 to 2024-10-01 is 92 days; 3 placements are 2 moves.
    const r = episodes({ id: 'a', dob: '2015-01-01', removal: '2024-07-01', placements: 3 });
    assert.deepEqual(r.p5, { children: 1, days: 92, moves: 2 });
  });
});

describe('S1 maltreatment in foster care and S2 recurrence', () => {
  it('matches victim reports with stays, skipping the first 7 days and the discharge day', () => {
    const eps = new EpisodeAggregator(FFY2024);
    eps.add(ep({ id: 'a', dob: '2015-01-01', removal: '2023-09-01', discharge: '2024-03-01', reason: 1 }));
    eps.add(ep({ id: 'b', dob: '2015-01-01', removal: '2024-01-01' }));
    const reps = new ReportAggregator(FFY2024);
    reps.add(rep('a', '2023-12-01'));
    reps.add(rep('a', '2024-03-01'));
    reps.add(rep('b', '2024-01-05'));
    reps.add(rep('b', '2024-02-01', 2));
    reps.add(rep('c', '2024-02-01', 0, { inFosterCare: true }));
    const e = eps.finish();
    // a: 2023-10-01 … 2024-03-01 = 152 days; b: 2024-01-01 … 2024-10-01 = 274 days.
    assert.deepEqual(e.s1Days, { children: 2, days: 426 });
    const partial = reps.finishPartial();
    const r = completeReports(partial, countInCare(partial.s1Pending, eps.inCareOn));
    assert.equal(r.s1Victimizations, 2, "a's 2023-12-01 report, and c flagged in care by the file");
    assert.equal('s1Pending' in r, false, 'child ids do not survive into the aggregates');
  });

  it('treats a second report within 14 days as the same incident and looks 365 days ahead', () => {
    const reps = new ReportAggregator(FFY2024);
    for (const [id, first, second] of [
      ['x', '2023-11-01', '2023-11-15'],
      ['y', '2023-11-01', '2023-11-16'],
      ['z', '2024-01-01', '2025-01-01'],
      ['w', '2024-01-01', '2024-12-31'],
    ] as const) {
      reps.add(rep(id, second));
      reps.add(rep(id, first));
    }
    reps.add(rep('v', '2023-11-01', 2));
    reps.add(rep('v', '2023-12-01', 1));
    const r = reps.finishPartial();
    assert.deepEqual(r.s2, { denominator: 5, numerator: 2 });
    assert.equal(r.victimsByAge.total, 5);
    assert.equal(r.byDisposition.total, 8, 'reports dated in the period: z and w have their second report after it');
  });
});

describe('point-in-time counts', () => {
  it('counts in care on the last day, exits and entries per period for the trends', () => {
    const agg = new EpisodeAggregator(FFY2024);
    agg.add(ep({ id: 'a', dob: '2015-01-01', removal: '2023-05-01', discharge: '2024-09-30', reason: 1 }));
    agg.add(ep({ id: 'b', dob: '2015-01-01', removal: '2023-05-01', discharge: '2024-10-01', reason: 1 }));
    const r = agg.finish();
    assert.equal(r.inCare.bySetting.total, 1, 'b left the day after the last day');
    const rows = r.periods.counts.map((c) => [sum(c.entriesByAge), sum(c.exitsByReason), sum(c.inCareBySetting)]);
    assert.equal(r.periods.first, -1, 'the first period is the one of the earliest removal');
    assert.deepEqual(rows, [[2, 0, 2], [0, 1, 1]], 'FFY2023 then FFY2024');
    assert.equal(r.exits.medianDays, d('2024-09-30') - d('2023-05-01'));
  });
});
