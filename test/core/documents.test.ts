// The documents' content decisions, apart from Word: which orientation modules a first meeting
// offers, how each kind of meeting's agenda runs, who is on a sign-in sheet, how Snapshot figures
// are described when values are suppressed.

import assert from 'node:assert/strict';
import { meetingCalendar, type Jurisdiction, type Stakeholder } from '../../src/core';
import { AGENDAS, agendaDocument, chartDescription, chooseModules, formatNumber, signInDocument, type Block, type DocumentSpec, type PacketInputs, type PlanWorkbook, type ReportSheetRead, capacityReport } from '../../src/core/documents';
import { type ChartSpec } from '../../src/core/charts';
import { assignmentsFrom } from '../../src/core';
import { sampleJurisdiction } from '../helpers/fixtures';

const blocks = (d: DocumentSpec): Block[] => d.parts.flatMap((p) => p.blocks);
const tableAfter = (d: DocumentSpec, heading: string): readonly (readonly string[])[] => {
  const all = blocks(d);
  const at = all.findIndex((b) => b.kind === 'heading' && b.text === heading);
  const t = all.slice(at + 1).find((b) => b.kind === 'table');
  return t?.kind === 'table' ? t.rows : [];
};

function inputs(j: Jurisdiction, number: number, people: readonly Stakeholder[] = j.stakeholders, modules?: readonly number[]): PacketInputs {
  const meeting = meetingCalendar(j.firstMeeting)[number - 1];
  assert.ok(meeting !== undefined);
  return { jurisdiction: j, meeting, people, assignments: assignmentsFrom(j), draftDate: '2026-09-01', plan: null, ...(modules === undefined ? {} : { modules }) };
}

describe('meeting documents (core)', () => {
  const j = sampleJurisdiction();

  it('offers the orientation modules fewer than half the members have taken, at most four, the rest later; or the committee\'s own choice', () => {
    const people = j.stakeholders.map((p, i) => ({ ...p, orientation: i % 3 === 0 ? [1, 2, 3] : [1, 2] }));
    const { chosen, later } = chooseModules(j, people, j.firstMeeting);
    // Modules 1 and 2: everyone; 3: a third of the members; 4-10 nobody.
    assert.deepEqual(chosen.map((m) => m.number), [3, 4, 5, 6]);
    assert.deepEqual(later.map((m) => m.number), [7, 8, 9, 10]);
    assert.equal(chosen[0]?.taken, people.filter((_, i) => i % 3 === 0).length);
    assert.deepEqual(chooseModules(j, people, j.firstMeeting, [2, 9]).chosen.map((m) => m.number), [2, 9]);
  });

  it('runs each agenda from 9:00 without gaps, a full day by 16:30 and a half day by 12:30', () => {
    for (const [n, end] of [[1, 16 * 60 + 30], [2, 16 * 60 + 30], [3, 16 * 60 + 30], [4, 12 * 60 + 30], [7, 12 * 60 + 30]] as const) {
      const d = agendaDocument(inputs(j, n));
      const times = tableAfter(d, 'Agenda').map((r) => r[0] ?? '');
      assert.equal(times[0], '9:00');
      const minutes = times.map((t) => Number(t.split(':')[0]) * 60 + Number(t.split(':')[1]));
      assert.ok(minutes.every((m, i) => i === 0 || m > (minutes[i - 1] ?? 0)), `meeting ${n}: ${times.join(' ')}`);
      const facts = blocks(d).find((b) => b.kind === 'facts');
      const time = facts?.kind === 'facts' ? (facts.rows.find(([label]) => label === 'Time')?.[1] ?? '') : '';
      const last = /to (\d+):(\d+)/.exec(time);
      assert.ok(last !== null && Number(last[1]) * 60 + Number(last[2]) <= end, `meeting ${n} ends ${time}`);
    }
  });

  it('has the seed\'s items for each kind: orientation, report-outs per capacity, plans per group, the quarterly review', () => {
    const items = (n: number): string[] => tableAfter(agendaDocument(inputs(j, n)), 'Agenda').map((r) => r[1] ?? '');
    assert.equal(items(1).filter((i) => i.startsWith('Orientation module ')).length, 4);
    assert.deepEqual(items(2).filter((i) => i.startsWith('Assessment Report: ')), j.settings.capacities.map((c) => `Assessment Report: ${c.id} ${c.label}`));
    assert.deepEqual(items(3).filter((i) => i.startsWith('Development plan: ')).map((i) => i.split(' ')[2]), j.workGroups.map((g) => g.id));
    assert.ok(items(4).some((i) => i.startsWith('Barriers to address')));
    assert.equal(AGENDAS.quarterly.length, items(4).length);
  });

  it('hears a state\'s many regional groups by capacity, not one by one', () => {
    const groups = Array.from({ length: 40 }, (_, i) => ({ ...(j.workGroups[0] ?? assert.fail()), id: `G${i}`, name: `Region ${i}` }));
    const state = { ...j, workGroups: groups };
    const rows = tableAfter(agendaDocument(inputs(state, 3)), 'Agenda');
    const plans = rows.filter((r) => (r[1] ?? '').startsWith('Development plan: '));
    assert.equal(plans.length, j.settings.capacities.length);
    assert.ok(plans.some((r) => /40 work groups/.test(r[2] ?? '') || /work groups' reporters/.test(r[2] ?? '')));
  });

  it('lists on the sign-in sheet only the members on the roster that day, and nobody\'s email', () => {
    const meeting = meetingCalendar(j.firstMeeting)[1];
    assert.ok(meeting !== undefined);
    const people = j.stakeholders.map((p, i) => (i === 0 ? { ...p, left: '2026-10-01' } : i === 1 ? { ...p, joined: '2027-01-01' } : p));
    const d = signInDocument(inputs(j, 2, people));
    const table = blocks(d).find((b) => b.kind === 'table');
    assert.ok(table?.kind === 'table');
    assert.equal(table.rows.length, j.stakeholders.length - 2);
    assert.ok(!table.rows.some((r) => r[0] === people[0]?.name || r[0] === people[1]?.name));
    assert.ok(!JSON.stringify(d).includes('@'));
    assert.ok((table.blankRows ?? 0) > 0 && table.tall === true);
  });

  it('describes a chart value by value, a suppressed one as suppressed and never as a number', () => {
    const chart: ChartSpec = { id: 'x', table: 'x', kind: 'bar', title: 'Entries by age', categoryAxisTitle: 'Age', valueAxisTitle: 'Entries', rows: [0, 1], categories: ['Under 1', '1–5'], series: [{ name: 'Count', column: 0, values: [null, 1234] }], numberFormat: '#,##0' };
    assert.equal(chartDescription(chart, '*'), 'Entries by age. Under 1: * (suppressed); 1–5: 1,234.');
    assert.deepEqual([formatNumber(1234567, '#,##0'), formatNumber(4.25, '0.0'), formatNumber(32.1, '0.0"%"'), formatNumber(-5, '#,##0')], ['1,234,567', '4.3', '32.1%', '-5']);
  });
});

describe('assessment report content (core)', () => {
  const report: ReportSheetRead = {
    capacity: 'S1', name: 'S1 Safety Capacity 1', outcome: 'Children are protected.', groups: 'WG1, WG2', executiveSummary: '',
    facts: [[], [], [['Items rated', '2 of 2']], [], [], [], []],
    practice: [{ groupId: 'WG2', itemId: 'PR01', item: 'Family engagement', rating: '3', evidence: 'Case review', comment: '' }],
    leadership: [],
    needs: [
      { groupId: 'WG1', need: 'Low one', service: 'Housing', priority: 'Low', evidence: '', proposed: '' },
      { groupId: 'WG2', need: 'High one', service: 'Housing', priority: 'High', evidence: '', proposed: '' },
      { groupId: 'WG1', need: 'Top ranked', service: 'Transport', priority: 'Medium', evidence: '', proposed: '' },
    ],
    conclusions: [{ groupId: 'WG1', kind: 'Strenght', finding: 'Mistyped kind', assessment: 'Practice', evidence: '' }],
  };
  const plan: PlanWorkbook = {
    file: 'plan.xlsx', jurisdiction: { id: 'x', name: 'X County' }, asOf: '2027-01-01', scale: { levels: ['1 Not in place', '2 Emerging', '3 Partially in place', '4 Fully in place'], dontKnow: "Don't know" },
    reports: [report], ratings: [],
    evidence: [
      { groupId: 'WG1', capacity: 'S1', assessment: 'Practice', itemId: 'PR01', item: 'Family engagement', rating: '2', evidence: '', comment: '' },
      { groupId: 'WG2', capacity: 'S1', assessment: 'Practice', itemId: 'PR01', item: 'Family engagement', rating: '3', evidence: 'Case review', comment: '' },
    ],
    services: [], needRanks: [{ rank: 1, service: 'Transport' }, { rank: 2, service: 'Housing' }], steps: [], review: { subtitle: '', sections: [] },
  };
  const d = capacityReport({ plan, snapshot: null, draftDate: '2027-01-02' }, report);
  const all = d.parts.flatMap((p) => p.blocks);
  const after = (title: string): Block | undefined => all[all.findIndex((b) => b.kind === 'heading' && b.text === title) + 1];

  it('marks the places left to write: the Executive Summary, and the Overview without a Snapshot', () => {
    assert.deepEqual([after('1. Executive Summary'), after('2. Overview of the Data')].map((b) => (b?.kind === 'paragraph' ? b.style : b?.kind)), ['placeholder', 'placeholder']);
  });

  it('counts the ratings of an item several groups rated, and ranks needs as the plan ranks their service type, then by priority', () => {
    const items = after('Items and their ratings');
    assert.ok(items?.kind === 'table');
    assert.deepEqual(items.rows, [['PR01', 'Family engagement', '2 Emerging: 1; 3 Partially in place: 1']]);
    const needs = all.find((b) => b.kind === 'table' && b.caption === 'S1 needs');
    assert.ok(needs?.kind === 'table');
    assert.deepEqual(needs.rows.map((r) => [r[0], r[1]]), [['1', 'Top ranked'], ['2', 'High one'], ['2', 'Low one']]);
  });

  it('keeps a conclusion of a mistyped kind, under its own heading', () => {
    const other = after('Other conclusions');
    assert.ok(other?.kind === 'table' && other.rows[0]?.includes('Mistyped kind'));
  });
});
