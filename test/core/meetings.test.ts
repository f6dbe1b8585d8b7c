// The meeting calendar the seed prescribes, and Snapshot measures named by plan steps.

import assert from 'node:assert/strict';
import { ALL_CHILDREN, meetingCalendar, meetingForDate, measureIndicator, measurePopulation, nextMeeting, previousMeeting, stepMeasures, type PlanStep } from '../../src/core';

describe('meeting calendar', () => {
  const cal = meetingCalendar('2026-09-15');
  it('has three full-day meetings, then quarterly half-days in year one and monitoring in year two', () => {
    assert.deepEqual(cal.map((m) => [m.number, m.date, m.kind]), [
      [1, '2026-09-15', 'full-day'], [2, '2026-11-10', 'full-day'], [3, '2027-01-05', 'full-day'],
      [4, '2027-04-06', 'quarterly'], [5, '2027-07-06', 'quarterly'],
      [6, '2027-10-05', 'monitoring'], [7, '2028-01-04', 'monitoring'], [8, '2028-04-04', 'monitoring'], [9, '2028-07-04', 'monitoring'],
    ]);
  });
  it('says what each meeting needs, and which is next and last', () => {
    assert.match(nextMeeting('2026-09-15', '2026-10-01')?.needs ?? '', /Assessment Reports/);
    assert.match(nextMeeting('2026-09-15', '2027-01-05')?.needs ?? '', /finalised plan/);
    assert.match(nextMeeting('2026-09-15', '2027-03-01')?.needs ?? '', /Quarterly review/);
    assert.equal(previousMeeting('2026-09-15', '2027-04-06')?.number, 3, 'a meeting on the day is the next one, not the last');
    assert.equal(nextMeeting('2026-09-15', '2028-07-05'), null);
  });
  it('matches a typed attendance date to a meeting within a month', () => {
    assert.equal(meetingForDate(cal, '2027-04-20')?.number, 4);
    assert.equal(meetingForDate(cal, '2027-05-25'), null);
  });
});

describe('measures', () => {
  it('finds the Snapshot indicator a measure names, as a whole word', () => {
    assert.deepEqual(['P1 permanency in 12 months', 'recurrence (s2)', 'P12 is not one', 'Entries of infants'].map(measureIndicator), ['P1', 'S2', null, null]);
  });
  it('shows movement against the previous Snapshot in the direction of the target', () => {
    const base = { stepId: 'WG1-06', groupId: 'WG1', actionStep: 'x', origin: 'submission' } as const;
    const steps = [
      { ...base, measure: 'S2 recurrence', baseline: '11.8%', target: '9.7%' },
      { ...base, stepId: 'WG2-01', measure: 'P1 permanency', baseline: '31.5%', target: '36%' },
      { ...base, stepId: 'WG2-02', measure: 'P5 stability', baseline: '5.9', target: '4.5' },
    ] as unknown as PlanStep[]; // only the fields a measure reads
    const previous = new Map([['S2', { value: 11, period: 'FFY2026' }], ['P1', { value: 33, period: 'FFY2026' }]]);
    const current = new Map([['S2', { value: 10.5, period: 'FFY2027' }], ['P1', { value: 32, period: 'FFY2027' }], ['P5', { value: 4.4, period: 'FFY2027' }]]);
    assert.deepEqual(stepMeasures(steps, current, previous).map((m) => [m.indicator, m.movement]), [['S2', 'toward target'], ['P1', 'away from target'], ['P5', 'target reached']]);
    assert.deepEqual(stepMeasures(steps, null, null).map((m) => [m.baseline, m.target, m.current, m.movement]), [[11.8, 9.7, null, ''], [31.5, 36, null, ''], [5.9, 4.5, null, '']]);
  });
  it('names the children a measure is about, all of them when it names none', () => {
    assert.deepEqual(
      ['P1 permanency in 12 months (observed), children under 1', 'S2 recurrence, ages 0 to 5', 'P4 re-entry for teens', 'P3 in care 24 months or more', 'P1 for children under 18', 'S1 maltreatment in care'].map(measurePopulation),
      ['children under 1', 'ages 0-5', 'teens', ALL_CHILDREN, ALL_CHILDREN, ALL_CHILDREN],
    );
  });
  it('compares a measure only with a Snapshot value for the same children', () => {
    const base = { groupId: 'WG4', actionStep: 'x', origin: 'submission', baseline: '34%', target: '45%' } as const;
    const steps = [
      { ...base, stepId: 'WG4-01', measure: 'P1 permanency in 12 months (observed), children under 1' },
      { ...base, stepId: 'WG4-02', measure: 'P1 permanency in 12 months' },
    ] as unknown as PlanStep[]; // only the fields a measure reads
    // The Snapshot's P1 is for all ages; lower than the under-1 baseline, it is no move away from that target.
    const allAges = new Map([['P1', { value: 31, period: 'FFY2027' }]]);
    assert.deepEqual(stepMeasures(steps, allAges, null).map((m) => [m.stepId, m.population, m.movement]), [['WG4-01', 'children under 1', 'not compared'], ['WG4-02', ALL_CHILDREN, 'away from target']]);
    const infants = new Map([['P1', { value: 40, period: 'FFY2027', population: 'children under 1' }]]);
    assert.deepEqual(stepMeasures(steps, infants, null).map((m) => m.movement), ['toward target', 'not compared']);
  });
});
