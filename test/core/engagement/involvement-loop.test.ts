// The involvement matrices' gaps and the loop's rules against small hand-made fixtures: each
// expected value can be worked out by reading the fixture.

import assert from 'node:assert/strict';
import { checkLoop, collaborationRounds, involvementMatrices, partnerLevels } from '../../../src/core/engagement';
import { data, logged, partner, planned } from './fixtures';

const court = partner('Juvenile Court', { group: 'court' });
const youth = partner('Youth Board', { group: 'youth' });
const agency = partner('Agency Intake', { side: 'internal', group: 'agency-staff' });
const rules = { feedbackDays: 30, contactDays: 90 };

describe('involvement matrices', () => {
  const d = data({
    partners: [court, youth, agency],
    plan: [
      planned('PH1', { partner: 'Juvenile Court', group: 'court' }),
      planned('PH1', { group: 'youth' }),
      planned('PH2', { partner: 'Agency Intake', group: 'agency-staff' }),
      planned('PH3', { group: 'agency-staff' }),
      planned('S1', { group: 'tribal' }),
    ],
    log: [logged('2026-10-01', 'Youth Board', 'input', { focus: 'PH4' }), logged('2026-10-02', 'Agency Intake', 'communication', { focus: 'PH5' }), logged('2026-10-03', 'Juvenile Court', 'communication')],
  });
  const m = involvementMatrices(d);

  it('counts plan and log rows per partner group', () => {
    const ph1 = m.phases.rows.find((r) => r.focus === 'PH1');
    assert.deepEqual(ph1?.cells.map((c) => [c.planned, c.logged]), [[1, 0], [0, 0], [1, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
    assert.equal(ph1?.outsidePlanned, 2);
    const ph4 = m.phases.rows.find((r) => r.focus === 'PH4');
    assert.equal(ph4?.cells[2]?.logged, 1);
    assert.equal(ph4?.outsideLogged, 1);
  });

  it('flags as a gap every phase, outcome or factor nobody outside the agency is planned or logged for', () => {
    // PH2: only an internal partner; PH3: only agency staff; PH5: only the agency logged; S1 has the tribe planned.
    assert.deepEqual(m.phases.rows.filter((r) => r.gap).map((r) => r.focus), ['PH2', 'PH3', 'PH5']);
    assert.deepEqual(m.outcomes.rows.filter((r) => r.gap).map((r) => r.focus), ['S2', 'P1', 'P2', 'WB1', 'WB2', 'WB3', 'SF1', 'SF2', 'SF3', 'SF4', 'SF5', 'SF6', 'SF7']);
    assert.equal(m.gaps.length, 16);
  });

  it('does not count a log row without an outcome, factor or phase', () => {
    assert.ok(m.phases.rows.concat(m.outcomes.rows).every((r) => r.cells[0]?.logged === 0));
  });
});

describe('the loop', () => {
  it('finds input with no feedback after 30 days, or after its own follow-up date', () => {
    const d = data({
      partners: [court, youth],
      log: [
        logged('2026-09-01', 'Juvenile Court', 'input', { row: 6, focus: 'P1' }),
        logged('2026-09-20', 'Juvenile Court', 'feedback', { row: 7, focus: 'P1' }),
        logged('2026-09-01', 'Youth Board', 'input', { row: 8, focus: 'P2' }),
        logged('2026-10-15', 'Youth Board', 'input', { row: 9, focus: 'P2', followUpDue: '2026-10-20' }),
        logged('2026-10-25', 'Youth Board', 'input', { row: 10, focus: 'WB2' }),
        // Feedback about another focus closes nothing; feedback to another partner neither.
        logged('2026-10-01', 'Youth Board', 'feedback', { row: 11, focus: 'S1' }),
        logged('2026-10-01', 'Juvenile Court', 'feedback', { row: 12, focus: 'P2' }),
      ],
    });
    const loop = checkLoop(d, rules, '2026-11-01');
    assert.deepEqual(loop.overdue.map((o) => [o.row, o.due, o.daysSince, o.daysOverdue]), [[8, '2026-10-01', 61, 31], [9, '2026-10-20', 17, 12]]);
    assert.deepEqual(loop.awaiting.map((o) => [o.row, o.due, o.daysOverdue]), [[10, '2026-11-24', -23]]);
    // On the 30th day it is due, not yet overdue.
    assert.deepEqual(checkLoop(d, rules, '2026-10-01').overdue.map((o) => o.row), []);
    assert.deepEqual(checkLoop(d, rules, '2026-10-01').awaiting.map((o) => [o.row, o.daysOverdue]).slice(0, 1), [[8, 0]]);
  });

  it('closes input by feedback given the same day, or with no focus on either side', () => {
    const d = data({ partners: [court], log: [logged('2026-09-01', 'Juvenile Court', 'input', { focus: 'P1' }), logged('2026-09-01', 'Juvenile Court', 'feedback')] });
    assert.equal(checkLoop(d, rules, '2026-12-31').overdue.length, 0);
    const before = data({ partners: [court], log: [logged('2026-09-01', 'Juvenile Court', 'input'), logged('2026-08-31', 'Juvenile Court', 'feedback')] });
    assert.equal(checkLoop(before, rules, '2026-12-31').overdue.length, 1);
  });

  it('lists partners not contacted in 90 days, and those never contacted, longest first', () => {
    const d = data({ partners: [court, youth, agency], log: [logged('2026-08-02', 'Juvenile Court', 'communication'), logged('2026-08-03', 'Youth Board', 'feedback')] });
    const loop = checkLoop(d, rules, '2026-11-01');
    // Court: 91 days; Youth: exactly 90 days, still in touch; Agency: never.
    assert.deepEqual(loop.notContacted.map((n) => [n.organisation, n.lastContact, n.daysSince]), [['Agency Intake', null, null], ['Juvenile Court', '2026-08-02', 91]]);
    assert.deepEqual(checkLoop(d, { feedbackDays: 30, contactDays: 120 }, '2026-11-01').notContacted.map((n) => n.organisation), ['Agency Intake']);
  });

  it('finds decisions made without the partners or groups the plan named for that focus', () => {
    const d = data({
      partners: [court, youth, agency],
      plan: [planned('P1', { partner: 'Juvenile Court', group: 'court' }), planned('P1', { group: 'youth' }), planned('S1', { partner: 'Agency Intake', group: 'agency-staff' })],
      log: [
        logged('2026-10-01', 'Juvenile Court', 'decision', { row: 6, focus: 'P1', topic: 'Kinship priority' }),
        logged('2026-10-01', 'Agency Intake', 'decision', { row: 7, focus: 'P1', topic: ' kinship  PRIORITY ' }),
        logged('2026-10-09', 'Juvenile Court', 'decision', { row: 8, focus: 'P1', topic: 'Visits' }),
        logged('2026-10-09', 'Youth Board', 'decision', { row: 9, focus: 'P1', topic: 'Visits' }),
        logged('2026-10-10', 'Agency Intake', 'decision', { row: 10, focus: 'S1', topic: 'Screening' }),
        logged('2026-10-11', 'Agency Intake', 'decision', { row: 11, topic: 'No focus' }),
      ],
    });
    const loop = checkLoop(d, rules, '2026-11-01');
    assert.equal(loop.decisions, 4);
    assert.deepEqual(loop.uninvolved, [{ date: '2026-10-01', topic: 'Kinship priority', focus: 'P1', rows: [6, 7], included: ['Juvenile Court', 'Agency Intake'], missing: ['Youth'] }]);
  });
});

describe('levels of partnership and the nine elements', () => {
  it('counts partners per level, and says who could move up and which levels lack agreements', () => {
    const d = data({
      partners: [
        partner('A', { level: 1, strength: 'strong', engagement: 'green' }),
        partner('B', { level: 3, strength: 'strong', engagement: 'green' }),
        partner('C', { level: 3, strength: 'strong', engagement: 'yellow' }),
        partner('D', { level: 4, strength: 'tenuous', engagement: 'green' }),
        partner('E', { level: 5, strength: 'strong', engagement: 'green', agreements: 'MOU' }),
        partner('G', { level: 4, strength: 'strong', engagement: 'green' }),
        partner('F', { level: null }),
      ],
    });
    const l = partnerLevels(d);
    assert.deepEqual(l.counts.map((c) => [c.level, c.partners.length]), [[1, 1], [2, 0], [3, 2], [4, 2], [5, 1], [6, 0], [null, 1]]);
    assert.deepEqual(l.couldMoveUp.map((a) => a.organisation), ['A', 'B']);
    assert.match(l.couldMoveUp[1]?.advice ?? '', /invite to 4 - Shared infrastructure; put written agreements in place/);
    assert.deepEqual(l.missingAgreements.map((a) => a.organisation), ['D', 'G']);
  });

  it('shows each element over the rounds, oldest first, with the change', () => {
    const r = collaborationRounds([
      { row: 6, element: 'E1', round: '2026-11-01', rating: 3, evidence: 'Later' },
      { row: 7, element: 'E1', round: '2026-06-01', rating: 2, evidence: 'Earlier' },
      { row: 8, element: 'E2', round: '2026-06-01', rating: 'DK', evidence: '' },
      { row: 9, element: 'E3', round: null, rating: 1, evidence: 'Undated' },
    ]);
    assert.deepEqual(r.rounds, ['2026-06-01', '2026-11-01', '']);
    assert.deepEqual(r.elements.slice(0, 3).map((e) => [e.code, e.ratings, e.change, e.evidence]), [['E1', [2, 3, null], 'up', 'Later'], ['E2', ['DK', null, null], '', ''], ['E3', [null, null, 1], '', 'Undated']]);
    assert.equal(r.elements.length, 9);
  });
});
