// What each meeting of the Collaborative needs (seed "Roles and Responsibilities of the Community
// Stakeholder Collaborative"): its agenda, by the kind of meeting; the sign-in sheet from the roster;
// and which of the documents go with it. Pure: the jurisdiction, the roster and the plan in, documents out.

import type { Jurisdiction, Stakeholder } from '../jurisdiction/jurisdiction-types';
import { meetingCalendar } from '../merge/meetings';
import type { Meeting } from '../merge/merge-types';
import { isActive } from '../roster/roster-analysis';
import type { Assignment } from '../roster/roster-types';
import { fileStem, heading, paragraph, type Block, type DocumentSpec } from './document-model';
import { AGENDAS, MEETING_HOURS, MEETING_START_MINUTES, MODULE_MINUTES, MODULES_PER_MEETING, type AgendaItem, type MeetingKind } from '../defaults/meeting-agendas';
import type { PlanWorkbook } from './plan-workbook';


export function meetingKind(m: Meeting): MeetingKind {
  if (m.kind !== 'full-day') return 'quarterly';
  return m.number === 1 ? 'first' : m.number === 2 ? 'second' : 'third';
}

/** The documents a packet holds besides the agenda and the sign-in sheet, the input they need, and what the agenda says to bring. */
export const PACKET_DOCUMENTS: Readonly<Record<MeetingKind, { readonly documents: 'snapshot' | 'reports' | 'plan' | 'plan-and-review'; readonly needs: 'snapshot' | 'plan'; readonly bring: string }>> = {
  first: { documents: 'snapshot', needs: 'snapshot', bring: 'The Snapshot handout, and each work group’s assessment workbook ("service-array template").' },
  second: { documents: 'reports', needs: 'plan', bring: 'The Service Array Assessment Reports: one per capacity, and the consolidated one.' },
  third: { documents: 'plan', needs: 'plan', bring: 'The Resource and Capacity Development Plan as the work groups drafted it.' },
  quarterly: { documents: 'plan-and-review', needs: 'plan', bring: 'The plan with its Quarterly review, after the groups’ status updates ("service-array status-template").' },
};

export interface PacketInputs {
  readonly jurisdiction: Jurisdiction;
  readonly meeting: Meeting;
  /** The roster: the jurisdiction's stakeholders, or an imported roster. */
  readonly people: readonly Stakeholder[];
  readonly assignments: ReadonlyMap<string, readonly Assignment[]>;
  readonly draftDate: string;
  /** The plan workbook, for the quarterly review's counts; null when not given. */
  readonly plan: PlanWorkbook | null;
  /** The orientation modules to offer, when the committee chooses them itself. */
  readonly modules?: readonly number[];
}

const packetFile = (inputs: PacketInputs, what: string): string => `${fileStem(inputs.jurisdiction.id)}-meeting-${inputs.meeting.number}-${what}.docx`;
const clock = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
const nameOf = (people: readonly Stakeholder[], id: string): string => people.find((p) => p.id === id)?.name ?? id;

export interface ChosenModule {
  readonly number: number;
  readonly title: string;
  readonly taken: number;
  readonly members: number;
}

/**
 * [default] The orientation modules chosen for the members' knowledge: those that fewer than half of
 * the members active on the day have taken (the roster's orientation column), in order, as many as
 * the training block holds; the rest wait for a later meeting. The committee may choose instead.
 */
export function chooseModules(j: Jurisdiction, people: readonly Stakeholder[], on: string, override?: readonly number[]): { chosen: ChosenModule[]; later: ChosenModule[] } {
  const active = people.filter((p) => isActive(p, on));
  const all = j.settings.orientationModules.map((m): ChosenModule => ({ number: m.number, title: m.title, taken: active.filter((p) => p.orientation.includes(m.number)).length, members: active.length }));
  if (override !== undefined) return { chosen: all.filter((m) => override.includes(m.number)), later: [] };
  const needed = all.filter((m) => m.taken * 2 < Math.max(1, m.members));
  return { chosen: needed.slice(0, MODULES_PER_MEETING), later: needed.slice(MODULES_PER_MEETING) };
}

/** The agenda: when, what, who leads it and what to bring, from the seed's sequence for this kind of meeting. */
export function agendaDocument(inputs: PacketInputs): DocumentSpec {
  const { jurisdiction: j, meeting: m } = inputs;
  const kind = meetingKind(m);
  const modules = chooseModules(j, inputs.people, m.date, inputs.modules);
  const items = expand(inputs, kind, modules.chosen);
  let at = MEETING_START_MINUTES;
  const rows = items.map((item) => {
    const row = [clock(at), item.item, item.lead, item.materials];
    at += item.minutes;
    return row;
  });
  const blocks: Block[] = [
    { kind: 'title', text: `${j.name} Community Stakeholder Collaborative`, subtitle: `${m.name}: ${m.date}` },
    { kind: 'facts', rows: [['Date', m.date], ['Time', `${clock(MEETING_START_MINUTES)} to ${clock(at)} (${m.kind === 'full-day' ? 'full day' : 'half day'})`], ['Purpose', m.purpose], ['Bring', PACKET_DOCUMENTS[kind].bring]] },
    heading(1, 'Agenda'),
    { kind: 'table', caption: 'Agenda', columns: [{ header: 'Time', width: 9 }, { header: 'Item', width: 47 }, { header: 'Led by', width: 22 }, { header: 'Materials', width: 22 }], rows },
  ];
  if (kind === 'first') blocks.push(...firstMeetingAnnex(inputs, modules));
  if (kind === 'second' || kind === 'third') blocks.push(...groupsAnnex(inputs));
  return { fileName: packetFile(inputs, 'agenda'), title: `${m.name}: agenda`, subject: `${j.name} Community Stakeholder Collaborative, ${m.name}, ${m.date}`, footer: `${m.name}, ${m.date}: agenda`, parts: [{ header: { left: `${j.name} · Community Stakeholder Collaborative`, right: `Draft of ${inputs.draftDate}` }, orientation: 'portrait', blocks }] };
}

/** The meeting's items with the work groups, capacities, modules and counts filled in. */
function expand(inputs: PacketInputs, kind: MeetingKind, modules: readonly ChosenModule[]): AgendaItem[] {
  const { jurisdiction: j } = inputs;
  const review = (prefix: string): string => {
    const rows = inputs.plan?.review.sections.find((s) => s.title.startsWith(prefix))?.table.rows.length;
    return rows === undefined ? '' : ` (${rows})`;
  };
  const byCapacity = (item: AgendaItem): AgendaItem[] =>
    j.settings.capacities.map((c) => ({ ...item, item: `${item.item}: ${c.id} ${c.label}`, lead: groupsLead(inputs, j.workGroups.filter((g) => g.capacities.includes(c.id))) }));
  return AGENDAS[kind].flatMap((item): AgendaItem[] => {
    switch (item.repeat) {
      case 'modules':
        return modules.map((mod) => ({ ...item, item: `Orientation module ${mod.number}: ${mod.title}`, minutes: MODULE_MINUTES }));
      case 'capacities':
        return byCapacity(item);
      case 'groups':
        // A state with many regional groups reports by capacity: no meeting can hear 300 groups.
        if (j.workGroups.length > j.settings.capacities.length) return byCapacity(item);
        return j.workGroups.map((g) => ({ ...item, item: `${item.item}: ${g.id} ${g.name} (${g.capacities.join(', ')})`, lead: groupsLead(inputs, [g]) }));
      case 'successes':
        return [{ ...item, item: `${item.item}${review('Successes')}` }];
      case 'barriers':
        return [{ ...item, item: `${item.item}${review('Barriers')}` }];
      case 'overdue':
        return [{ ...item, item: `${item.item}${review('Overdue')}` }];
      default:
        return [item];
    }
  });
}

/** "WG1 Safety (reporter Ana Ruiz)"; several groups by count. */
function groupsLead(inputs: PacketInputs, groups: readonly Jurisdiction['workGroups'][number][]): string {
  if (groups.length === 0) return 'No work group assigned';
  if (groups.length > 3) return `${groups.length} work groups' reporters`;
  return groups.map((g) => `${g.id} ${g.name} (reporter ${nameOf(inputs.people, g.reporter)})`).join('; ');
}

function firstMeetingAnnex(inputs: PacketInputs, modules: { chosen: readonly ChosenModule[]; later: readonly ChosenModule[] }): Block[] {
  const { jurisdiction: j } = inputs;
  const calendar = meetingCalendar(j.firstMeeting);
  const yearOne = calendar.filter((m) => m.kind !== 'monitoring');
  const hours = yearOne.reduce((n, m) => n + (m.kind === 'full-day' ? MEETING_HOURS.full : MEETING_HOURS.half), 0);
  const row = (m: ChosenModule): string[] => [String(m.number), m.title, `${m.taken} of ${m.members}`];
  const moduleColumns = [{ header: 'Module', width: 10 }, { header: 'Title', width: 66 }, { header: 'Taken by', width: 24 }];
  return [
    heading(1, 'Orientation modules for this meeting'),
    paragraph(inputs.modules === undefined
      ? `Chosen for the members' current knowledge: the modules fewer than half of the ${modules.chosen[0]?.members ?? 0} members have taken (from the roster), at most ${MODULES_PER_MEETING} in the training block. Module 2 suits members new to child welfare; module 3 a process that is part of the State's CFSR.`
      : 'Chosen by the steering committee.'),
    modules.chosen.length === 0 ? paragraph('Every module has been taken by at least half of the members: no training block is needed.') : { kind: 'table', caption: 'Modules', columns: moduleColumns, rows: modules.chosen.map(row) },
    ...(modules.later.length === 0 ? [] : [paragraph('Also needed, for a later meeting:'), { kind: 'table', caption: 'Later modules', columns: moduleColumns, rows: modules.later.map(row) } satisfies Block]),
    heading(1, 'The work plan and the time commitment'),
    paragraph(`Members commit to ${yearOne.length} meetings in the first year — three full days, then a half day each quarter — about ${hours} hours, and to the work of their work group between meetings: the four assessments of each capacity the group is assigned, then the group's section of the plan. In the second year the Collaborative meets each quarter to monitor the plan.`),
    { kind: 'table', caption: 'Meeting calendar', columns: [{ header: 'Meeting', width: 50 }, { header: 'Date', width: 20 }, { header: 'What it does', width: 30 }], rows: calendar.map((m) => [m.name, m.date, meetingKind(m) === 'quarterly' ? 'Review implementation' : m.purpose.split(':')[0] ?? '']) },
    ...groupsAnnex(inputs),
  ];
}

function groupsAnnex(inputs: PacketInputs): Block[] {
  const { jurisdiction: j } = inputs;
  return [
    heading(1, 'Work groups'),
    { kind: 'table', caption: 'Work groups', columns: [{ header: 'Group', width: 10 }, { header: 'Name', width: 22 }, { header: 'Capacities', width: 16 }, { header: 'Facilitator', width: 20 }, { header: 'Reporter', width: 20 }, { header: 'Due', width: 12 }], rows: j.workGroups.map((g) => [g.id, g.name, g.capacities.join(', '), nameOf(inputs.people, g.facilitator), nameOf(inputs.people, g.reporter), g.dueDate]) },
  ];
}

/** [default] Rows left blank at the end of the sign-in sheet for guests and new members. */
export const SIGN_IN_BLANK_ROWS = 10;

/** The sign-in sheet: everyone on the roster on the meeting's day, by name, with room to sign; no email or engagement colour. */
export function signInDocument(inputs: PacketInputs): DocumentSpec {
  const { jurisdiction: j, meeting: m } = inputs;
  // By surname (the last word of the name, after any title), as people look for themselves.
  const surname = (p: Stakeholder): string => p.name.trim().split(/\s+/).pop() ?? p.name;
  const active = inputs.people.filter((p) => isActive(p, m.date)).sort((a, b) => surname(a).localeCompare(surname(b)) || a.name.localeCompare(b.name));
  const groups = (p: Stakeholder): string => (inputs.assignments.get(p.id) ?? []).map((a) => `${a.groupId}${a.role === 'member' ? '' : ` ${a.role}`}`).join(', ');
  const blocks: Block[] = [
    { kind: 'title', text: 'Sign-in sheet', subtitle: `${j.name} Community Stakeholder Collaborative · ${m.name}, ${m.date}` },
    paragraph('Please sign beside your name. New to the Collaborative, or a guest? Write your name and organisation in a blank row at the end.'),
    { kind: 'table', caption: 'Sign-in', columns: [{ header: 'Name', width: 26 }, { header: 'Organisation', width: 30 }, { header: 'Work group', width: 14 }, { header: 'Signature', width: 30 }], rows: active.map((p) => [p.name, p.organisation, groups(p), '']), tall: true, blankRows: SIGN_IN_BLANK_ROWS },
    paragraph(`For the steering committee: record who came as meeting ${m.number} (or ${m.date}) in the roster's Meetings attended column; the roster and the plan then show attendance and who is at risk of dropping out.`, 'note'),
  ];
  return { fileName: packetFile(inputs, 'sign-in'), title: `${m.name}: sign-in sheet`, subject: `${j.name} Community Stakeholder Collaborative, ${m.name}, ${m.date}`, footer: `${m.name}, ${m.date}: sign-in`, parts: [{ header: { left: `${j.name} · Community Stakeholder Collaborative`, right: m.date }, orientation: 'portrait', blocks }] };
}
