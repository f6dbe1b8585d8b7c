// The Collaborative's roster as the steering committee reads it: category coverage overall and per
// work group, the engagement plan by colour, attendance per meeting and members at risk of dropping
// out. Pure: the roster and the calendar in, facts out; the sheets render them.

import { ENGAGEMENT_AIMS } from '../defaults/orientation-modules';
import { ENGAGEMENT_COLOURS, type EngagementColour, type WorkGroupRole } from '../defaults/stakeholders';
import type { Jurisdiction, Stakeholder } from '../jurisdiction/jurisdiction-types';
import { meetingCalendar } from '../merge/meetings';
import type { Assignment, AttendanceRow, CategoryCoverage, EngagementGroup, GroupCoverage, RosterMember, RosterSummary } from './roster-types';

/** Who sits in which work group, in which role, as the jurisdiction file's work groups say. */
export function assignmentsFrom(j: Jurisdiction): Map<string, Assignment[]> {
  const out = new Map<string, Assignment[]>();
  const add = (person: string, groupId: string, role: WorkGroupRole): void => {
    const list = out.get(person) ?? [];
    if (!list.some((a) => a.groupId === groupId)) list.push({ groupId, role });
    out.set(person, list);
  };
  for (const g of j.workGroups) {
    add(g.facilitator, g.id, 'facilitator');
    add(g.reporter, g.id, 'reporter');
    for (const m of g.members) add(m, g.id, 'member');
  }
  return out;
}

export function isActive(s: Stakeholder, on: string): boolean {
  return (s.joined === '' || s.joined <= on) && (s.left === '' || s.left > on);
}

/** `showEngagement` false: the roster for a shared plan, without the committee's engagement plan (see RosterSummary). */
export function analyseRoster(j: Jurisdiction, everyone: readonly Stakeholder[], assignments: ReadonlyMap<string, readonly Assignment[]>, asOf: string, showEngagement = true): RosterSummary {
  const people = showEngagement ? everyone : everyone.map((s) => ({ ...s, engagement: 'none' as const, nextStep: '', nextStepOwner: '' }));
  const active = people.filter((s) => isActive(s, asOf));
  const rules = j.settings.roster;
  const coverage = (members: readonly Stakeholder[]): CategoryCoverage[] =>
    j.settings.stakeholderCategories.map((c) => {
      const count = members.filter((m) => m.category === c.id).length;
      return { category: c.id, label: c.label, count, state: count === 0 ? 'missing' : count < rules.thinBelow ? 'thin' : 'ok' };
    });
  // Each group's active members, in roster order, found in one pass: a state has hundreds of groups.
  const membersOf = new Map<string, Stakeholder[]>();
  for (const s of active) {
    for (const groupId of new Set((assignments.get(s.id) ?? []).map((a) => a.groupId))) {
      const members = membersOf.get(groupId);
      if (members === undefined) membersOf.set(groupId, [s]);
      else members.push(s);
    }
  }
  const groups: GroupCoverage[] = j.workGroups.map((g) => {
    const members = membersOf.get(g.id) ?? [];
    const c = coverage(members);
    return { groupId: g.id, groupName: g.name, members: members.length, missing: c.filter((x) => x.state === 'missing').map((x) => x.category), thin: c.filter((x) => x.state === 'thin').map((x) => x.category) };
  });
  const attendance = attendanceRows(j, people, asOf);
  const atRisk = findAtRisk(active, attendance, rules.atRiskMissed);
  return {
    asOf,
    engagementShown: showEngagement,
    active: active.length,
    left: people.filter((s) => s.left !== '' && s.left <= asOf).length,
    categories: coverage(active),
    groups,
    engagement: showEngagement ? engagementPlan(active) : [],
    attendance,
    atRisk,
    members: people.map((s) => member(s, assignments.get(s.id) ?? [], asOf, atRisk)),
    orientation: j.settings.orientationModules.map((m) => ({ number: m.number, title: m.title, taken: active.filter((s) => s.orientation.includes(m.number)).length })),
  };
}

function engagementPlan(active: readonly Stakeholder[]): EngagementGroup[] {
  return ENGAGEMENT_COLOURS.map((colour: EngagementColour) => ({
    colour,
    aim: ENGAGEMENT_AIMS[colour],
    people: active.filter((s) => s.engagement === colour).map((s) => ({ id: s.id, name: s.name, organisation: s.organisation, nextStep: s.nextStep, nextStepOwner: s.nextStepOwner })),
  }));
}

/** One row per calendar meeting held by `asOf`; "recorded" only when anyone's attendance names it. */
function attendanceRows(j: Jurisdiction, people: readonly Stakeholder[], asOf: string): AttendanceRow[] {
  return meetingCalendar(j.firstMeeting)
    .filter((m) => m.date <= asOf)
    .map((m) => {
      const expected = people.filter((s) => isActive(s, m.date));
      const present = expected.filter((s) => s.attended.includes(m.number));
      const recorded = people.some((s) => s.attended.includes(m.number));
      return { meeting: m.number, name: m.name, date: m.date, recorded, expected: expected.length, attended: present.length, absent: recorded ? expected.filter((s) => !present.includes(s)).map((s) => s.id) : [] };
    });
}

/** [default] At risk: missed each of the last `missed` meetings with recorded attendance since joining. */
function findAtRisk(active: readonly Stakeholder[], attendance: readonly AttendanceRow[], missed: number): RosterSummary['atRisk'] {
  const recorded = attendance.filter((a) => a.recorded);
  return active.flatMap((s) => {
    const theirs = recorded.filter((a) => s.joined === '' || a.date >= s.joined).slice(-missed);
    if (theirs.length < missed || theirs.some((a) => s.attended.includes(a.meeting))) return [];
    return [{ id: s.id, name: s.name, organisation: s.organisation, engagement: s.engagement, reason: `Missed the last ${missed} meetings (${theirs.map((a) => a.meeting).join(', ')})` }];
  });
}

function member(s: Stakeholder, assigned: readonly Assignment[], asOf: string, atRisk: RosterSummary['atRisk']): RosterMember {
  return {
    id: s.id,
    name: s.name,
    organisation: s.organisation,
    category: s.category,
    groups: assigned.map((a) => `${a.groupId} ${a.role}`).join(', '),
    engagement: s.engagement,
    nextStep: s.nextStep,
    nextStepOwner: s.nextStepOwner,
    joined: s.joined,
    left: s.left,
    state: !isActive(s, asOf) ? (s.left !== '' && s.left <= asOf ? 'left' : 'not yet joined') : atRisk.some((r) => r.id === s.id) ? 'at risk' : 'active',
    attended: s.attended.join(', '),
    orientation: s.orientation.join(', '),
  };
}
