// [default] The agenda of each kind of meeting, from the seed's sequence ("Roles and Responsibilities of
// the Community Stakeholder Collaborative"): what the first meeting's orientation covers, the report-outs
// of the second, the plans of the third, the quarterly review. The seed gives no times: these are ours.

export type MeetingKind = 'first' | 'second' | 'third' | 'quarterly';

export interface AgendaItem {
  readonly item: string;
  readonly minutes: number;
  readonly lead: string;
  readonly materials: string;
  /** Expanded per meeting: one row per chosen module, capacity or work group; or a count from the Quarterly review. */
  readonly repeat?: 'modules' | 'capacities' | 'groups' | 'successes' | 'barriers' | 'overdue';
}

/** Meetings start at 9:00. */
export const MEETING_START_MINUTES = 9 * 60;
export const MODULE_MINUTES = 15;
/** The first meeting's training block holds this many of the ten short modules. */
export const MODULES_PER_MEETING = 4;
/** For the time commitment: a full day and a half day, in hours. */
export const MEETING_HOURS = { full: 7, half: 3.5 } as const;

const CSC = 'Community Service Array Steering Committee';
const BOTH = 'State and Community Steering Committees';
const item = (text: string, minutes: number, lead = CSC, materials = '', repeat?: AgendaItem['repeat']): AgendaItem => ({ item: text, minutes, lead, materials, ...(repeat === undefined ? {} : { repeat }) });
const BREAK = item('Break', 15, '');
const LUNCH = item('Lunch', 45, '');

export const AGENDAS: Readonly<Record<MeetingKind, readonly AgendaItem[]>> = {
  first: [
    item('Welcome and introductions', 20),
    item('The service array process: a brief introduction, and why the jurisdiction is embarking on it', 25, BOTH),
    item('The Child and Family Snapshot: review and discussion of the children and families coming into the child welfare system and their well-being', 45, 'State Service Array Steering Committee', 'Snapshot handout'),
    BREAK,
    item('Previous needs assessments and studies in the jurisdiction and the State: what they tell us, so no effort is duplicated', 25, BOTH, 'List of earlier assessments'),
    item('Interactive exercise: where the State and the jurisdiction want to take the child welfare service array', 40, BOTH),
    LUNCH,
    item('Orientation module', 15, 'Trainers', 'Module materials', 'modules'),
    item('Roles and responsibilities of the State and Community Service Array Steering Committees and the Community Stakeholder Collaborative', 25, BOTH),
    item('The work plan and the time commitment: every meeting, and the work between meetings', 25, CSC, 'Calendar below'),
    BREAK,
    item('The service array process in the jurisdiction: the four assessments and the capacities each work group assesses', 25, CSC, 'Work groups below'),
    item('Work groups meet and begin their assessments', 60, 'Work-group facilitators', 'Each group’s assessment workbook'),
    item('Next steps and close', 10),
  ],
  second: [
    item('Welcome and the purpose of the day: the strengths and weaknesses of each capacity', 15),
    item('How the reports were drafted: the Snapshot, the four assessments, the consolidated plan', 15, CSC, 'Consolidated Assessment Report'),
    item('Assessment Report', 35, '', 'The capacity’s Assessment Report', 'capacities'),
    item('Discussion: strengths and gaps across the capacities; the priorities for the plan', 45, CSC, 'At a glance (consolidated report)'),
    item('Next steps: each work group drafts its section of the Resource and Capacity Development Plan before the third meeting', 15),
    item('Close', 5),
  ],
  third: [
    item('Welcome and the purpose of the day: finalising the Resource and Capacity Development Plan', 15),
    item('The plan so far: action steps by capacity and goal', 15, CSC, 'The plan'),
    item('Development plan', 25, '', 'The group’s steps in the plan', 'groups'),
    item('Finalising the plan: priorities, gaps no step addresses yet, changes agreed', 60, CSC, 'The plan'),
    item('Beginning implementation: leads, first steps, the quarterly status updates', 30, CSC),
    item('Next steps and close', 10),
  ],
  quarterly: [
    item('Welcome', 10),
    item('Successes to celebrate: steps completed since the last meeting', 20, CSC, 'Quarterly review', 'successes'),
    item('Implementation progress by capacity and goal', 45, 'Work-group reporters', 'Quarterly review'),
    BREAK,
    item('Barriers to address and the help asked for', 45, CSC, 'Quarterly review', 'barriers'),
    item('Overdue steps: new dates or new leads', 15, CSC, 'Quarterly review', 'overdue'),
    item('Measures: the Snapshot indicators the steps name, baseline and target', 15, CSC, 'Quarterly review'),
    item('Next quarter: status updates, the next meeting', 10),
  ],
};
