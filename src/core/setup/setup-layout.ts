// The steering committee's setup workbook, declared as data like the assessment and engagement
// workbooks: the jurisdiction and plan period, the work groups with their capacities and due dates,
// the Collaborative's roster, and the numeric settings, each sheet with dropdowns, prompts and locked
// labels. `service-array init` writes it (blank, or filled from a jurisdiction file); every command
// reads it back with parseSetupWorkbook into the same Jurisdiction the JSON form gives.

import { ENGAGEMENT_AIMS } from '../defaults/orientation-modules';
import { ENGAGEMENT_COLOURS } from '../defaults/stakeholders';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import { DEFAULT_SETTINGS } from '../jurisdiction/parse-settings';
import type { ColumnDef, InfoSheet, ListDef, ListItem, TableSheet, WorkbookLayout } from '../layout/layout-types';
import { LISTS_SHEET, META_SHEET, START_SHEET } from '../layout/sheet-names';

export const SETUP_KIND = 'setup';
export const SETUP_SCHEMA_VERSION = '1';
export const SETUP_HEADER_ROW = 5;
export const SETUP_SHEETS = { jurisdiction: 'Jurisdiction', groups: 'Work groups', people: 'Stakeholders', settings: 'Settings' } as const;

const text = { kind: 'text' } as const;
const long = { kind: 'text', long: true } as const;
const date = { kind: 'date' } as const;

export const JURISDICTION_COLUMNS = [
  { key: 'id', header: 'Jurisdiction id', type: text, input: 'always', width: 18, required: true, help: 'Lower-case letters, digits and hyphens, e.g. riverbend-county. Stamped into every workbook: never change it during a round.' },
  { key: 'name', header: 'Name', type: text, input: 'always', width: 24, required: true, help: 'As people know it, e.g. Riverbend County. Shown on every sheet.' },
  { key: 'state', header: 'State', type: text, input: 'always', width: 20, help: 'Optional, e.g. State of Columbia.' },
  { key: 'submitTo', header: 'Send workbooks to', type: long, input: 'always', width: 34, help: 'Where work groups send finished workbooks: the committee\'s shared mailbox or shared folder. Every workbook shows it, so never a member\'s own email.' },
  { key: 'start', header: 'Plan period start', type: date, input: 'always', width: 14, required: true, help: 'A date, e.g. 2027-01-01 or 1/1/2027.' },
  { key: 'end', header: 'Plan period end', type: date, input: 'always', width: 14, required: true, help: 'A date after the start, e.g. 2028-12-31.' },
  { key: 'firstMeeting', header: 'First meeting', type: date, input: 'always', width: 14, required: true, help: 'The Collaborative\'s first full-day meeting: the meeting calendar counts from it.' },
] as const satisfies readonly ColumnDef[];

export const GROUP_COLUMNS = [
  { key: 'id', header: 'Group id', type: text, input: 'always', width: 10, required: true, help: '1-10 letters or digits starting with a letter, e.g. WG1. It starts every action-step id and file name.' },
  { key: 'name', header: 'Work group', type: text, input: 'always', width: 28, required: true, help: 'Its name, e.g. Safety.' },
  { key: 'capacities', header: 'Capacities', type: text, input: 'always', width: 16, required: true, help: 'Capacity ids in sheet order, separated by commas, e.g. S1, S2. Every capacity needs a group: S1, S2, P1, P2, WB1, WB2, WB3.' },
  { key: 'dueDate', header: 'Due date', type: date, input: 'always', width: 12, required: true, help: 'When the group sends its workbook back, e.g. 2026-11-30.' },
  { key: 'facilitator', header: 'Facilitator', type: { kind: 'choice', list: 'rosterMember' }, input: 'always', width: 24, required: true, help: 'Choose from the people on the Stakeholders sheet.' },
  { key: 'reporter', header: 'Reporter', type: { kind: 'choice', list: 'rosterMember' }, input: 'always', width: 24, required: true, help: 'Choose from the people on the Stakeholders sheet.' },
] as const satisfies readonly ColumnDef[];

export const PERSON_COLUMNS = [
  { key: 'id', header: 'Id', type: text, input: 'always', width: 8, help: 'Optional: leave blank and one is made from the row (p01, p02…). Keep an id once used: attendance and the plan refer to it.' },
  { key: 'name', header: 'Name', type: text, input: 'always', width: 24, required: true, help: 'The person\'s name, as work groups will see it.' },
  { key: 'organisation', header: 'Organisation', type: text, input: 'always', width: 30, help: 'Their organisation. Work groups see it next to the name.' },
  { key: 'category', header: 'Membership category', type: { kind: 'choice', list: 'membershipCategory' }, input: 'always', width: 30, required: true, help: 'Which part of the community they bring: choose from the list.' },
  { key: 'email', header: 'Email', type: text, input: 'always', width: 26, help: 'For the committee only: never written into a work group\'s workbook.' },
  { key: 'engagement', header: 'Engagement colour', type: { kind: 'choice', list: 'engagementColour' }, input: 'always', width: 20, help: 'The committee\'s engagement plan: green keep, yellow improve, red heal and re-involve, or no dot. Committee only.' },
  { key: 'nextStep', header: 'Next step', type: long, input: 'always', width: 26, help: 'The engagement plan\'s next step with this person. Committee only.' },
  { key: 'nextStepOwner', header: 'Next step owner', type: text, input: 'always', width: 18, help: 'Who on the committee owns that step.' },
  { key: 'groups', header: 'Member of', type: text, input: 'always', width: 12, help: 'Group ids this person is a member of, separated by commas, e.g. WG1. Facilitators and reporters are named on the Work groups sheet.' },
  { key: 'joined', header: 'Joined', type: date, input: 'always', width: 12, help: 'Optional date: a member counts from it.' },
  { key: 'left', header: 'Left', type: date, input: 'always', width: 12, help: 'Optional date: a member counts until it.' },
  { key: 'attended', header: 'Meetings attended', type: text, input: 'always', width: 16, help: 'Meeting numbers (1 = first meeting) or dates, separated by commas, e.g. 1, 2, 2027-04-06.' },
  { key: 'orientation', header: 'Orientation modules', type: text, input: 'always', width: 14, help: 'Module numbers taken (1-10), separated by commas.' },
] as const satisfies readonly ColumnDef[];

export const SETTING_COLUMNS = [
  { key: 'key', header: 'Setting id', type: text, input: 'never', width: 24, help: 'Filled in for you.' },
  { key: 'label', header: 'Setting', type: long, input: 'never', width: 44, help: 'What it sets.' },
  { key: 'value', header: 'Value', type: text, input: 'always', width: 10, help: 'A whole number. Clear it to use the default.' },
] as const satisfies readonly ColumnDef[];

/** The numeric settings the sheet offers, by their JSON path under "settings". */
export const SETUP_SETTINGS: readonly { readonly key: string; readonly label: string; readonly value: (j: Jurisdiction | null) => number }[] = [
  { key: 'rows.services', label: 'Blank rows for current services, per capacity', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).rows.services },
  { key: 'rows.needs', label: 'Blank rows for needed new services, per capacity', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).rows.needs },
  { key: 'rows.conclusions', label: 'Blank rows for conclusions', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).rows.conclusions },
  { key: 'rows.actionSteps', label: 'Numbered rows for action steps (each has a step id)', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).rows.actionSteps },
  { key: 'rows.otherItems', label: 'Blank rows under the listed practice and leadership items', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).rows.otherItems },
  { key: 'roster.thinBelow', label: 'A membership category with fewer members than this is thin', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).roster.thinBelow },
  { key: 'roster.atRiskMissed', label: 'A member who missed this many recorded meetings in a row is at risk', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).roster.atRiskMissed },
  { key: 'engagement.feedbackDays', label: 'Days to give feedback on input gathered', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).engagement.feedbackDays },
  { key: 'engagement.contactDays', label: 'Days after which a partner not contacted is out of touch', value: (j) => (j?.settings ?? DEFAULT_SETTINGS).engagement.contactDays },
];

/** Blank rows offered when the workbook is written blank; people insert more inside a table. */
export const SETUP_ROWS = { groups: 20, people: 150 } as const;

export interface SetupStamp {
  readonly workbookId: string;
  readonly createdAt: string;
  readonly generator: string;
}

export function colourDisplay(c: (typeof ENGAGEMENT_COLOURS)[number]): string {
  return c === 'none' ? 'No dot - begin the relationship' : `${c.charAt(0).toUpperCase()}${c.slice(1)} - ${ENGAGEMENT_AIMS[c].toLowerCase()}`;
}

type Table<C extends readonly ColumnDef[]> = TableSheet & { readonly columns: C };

export interface SetupTables {
  readonly jurisdiction: Table<typeof JURISDICTION_COLUMNS>;
  readonly groups: Table<typeof GROUP_COLUMNS>;
  readonly people: Table<typeof PERSON_COLUMNS>;
  readonly settings: Table<typeof SETTING_COLUMNS>;
}

function table<C extends readonly ColumnDef[]>(name: string, columns: C, title: string, subtitle: string, instructions: string, rows: Record<string, string>[]): Table<C> {
  return { kind: 'table', name, table: 'engagement', capacity: null, title, subtitle, instructions, headerRow: SETUP_HEADER_ROW, columns, rows };
}

/** The tables, filled from `j` when given (a jurisdiction file turned into a setup workbook). */
export function setupTables(j: Jurisdiction | null): SetupTables {
  const blank = (n: number): Record<string, string>[] => Array.from({ length: n }, () => ({}));
  const name = (id: string): string => j?.stakeholders.find((s) => s.id === id)?.name ?? id;
  const categories = (j?.settings ?? DEFAULT_SETTINGS).stakeholderCategories;
  const groupsOf = (id: string): string => (j?.workGroups ?? []).filter((g) => g.members.includes(id)).map((g) => g.id).join(', ');
  return {
    jurisdiction: table(SETUP_SHEETS.jurisdiction, JURISDICTION_COLUMNS, 'The jurisdiction and its plan period', 'One row: who runs the Service Array Process and when.', 'Fill in the white cells of row 6.', [
      j === null ? {} : { id: j.id, name: j.name, state: j.state, submitTo: j.submitTo, start: j.planPeriod.start, end: j.planPeriod.end, firstMeeting: j.firstMeeting },
    ]),
    groups: table(SETUP_SHEETS.groups, GROUP_COLUMNS, 'Work groups', 'Each group assesses its capacities and drafts its section of the plan.', 'One group per row. Add the people on the Stakeholders sheet first: the Facilitator and Reporter dropdowns list them.', [
      ...(j?.workGroups ?? []).map((g) => ({ id: g.id, name: g.name, capacities: g.capacities.join(', '), dueDate: g.dueDate, facilitator: name(g.facilitator), reporter: name(g.reporter) })),
      ...blank(Math.max(5, SETUP_ROWS.groups - (j?.workGroups.length ?? 0))),
    ]),
    people: table(SETUP_SHEETS.people, PERSON_COLUMNS, 'The Collaborative\'s roster', 'Everyone on the Collaborative. Emails, engagement colours and next steps stay with the committee: no work group\'s workbook shows them.', 'One person per row. Only names and organisations of a group\'s own people reach its workbook.', [
      ...(j?.stakeholders ?? []).map((s) => ({
        id: s.id,
        name: s.name,
        organisation: s.organisation,
        category: categories.find((c) => c.id === s.category)?.label ?? s.category,
        email: s.email,
        engagement: colourDisplay(s.engagement),
        nextStep: s.nextStep,
        nextStepOwner: s.nextStepOwner,
        groups: groupsOf(s.id),
        joined: s.joined,
        left: s.left,
        attended: s.attended.join(', '),
        orientation: s.orientation.join(', '),
      })),
      ...blank(Math.max(20, SETUP_ROWS.people - (j?.stakeholders.length ?? 0))),
    ]),
    settings: table(SETUP_SHEETS.settings, SETTING_COLUMNS, 'Settings', 'Numbers the workbooks and reports use. The lists (capacities, items, the service catalogue, categories) are the built-in ones; a jurisdiction file\'s "settings" can replace them.', 'Change a value, or clear it to use the default.', SETUP_SETTINGS.map((s) => ({ key: s.key, label: s.label, value: String(s.value(j)) }))),
  };
}

export function setupLists(j: Jurisdiction | null, people: readonly string[], personRange?: string): ListDef[] {
  const s = j?.settings ?? DEFAULT_SETTINGS;
  const lists: [ListDef['name'], readonly ListItem[], string | undefined][] = [
    ['membershipCategory', s.stakeholderCategories.map((c) => ({ code: c.id, display: c.label })), undefined],
    ['engagementColour', ENGAGEMENT_COLOURS.map((c) => ({ code: c, display: colourDisplay(c) })), undefined],
    ['rosterMember', people.map((p) => ({ code: p, display: p })), personRange],
  ];
  return lists.map(([name, items, range]) => ({ name, definedName: `List_${name}`, items, ...(range === undefined ? {} : { range }) }));
}

function startHere(): InfoSheet {
  return {
    kind: 'info',
    name: START_SHEET,
    title: 'Service Array Process: the steering committee\'s setup',
    sections: [
      {
        heading: 'This workbook',
        rows: [
          ['What it is', 'Everything the tools need to know about your Collaborative: the jurisdiction and plan period, the work groups with their capacities and due dates, and the roster. It takes the place of the jurisdiction file (JSON); every command accepts either.'],
          ['Who keeps it', 'The steering committee. It holds members\' emails and the committee\'s engagement colours and notes: keep it to the committee. Work groups get their own workbooks, which show none of that.'],
          ['Privacy', 'Never type the name or details of a child or family.'],
        ],
      },
      {
        heading: 'How to fill it in',
        rows: [
          [`1. ${SETUP_SHEETS.jurisdiction}`, 'The jurisdiction\'s id and name, where groups send their workbooks, the plan period and the first meeting.'],
          [`2. ${SETUP_SHEETS.people}`, 'Everyone on the Collaborative, with their membership category and the groups they are members of.'],
          [`3. ${SETUP_SHEETS.groups}`, 'Each work group: id, name, capacities, due date, facilitator and reporter (chosen from the Stakeholders sheet).'],
          [`4. ${SETUP_SHEETS.settings}`, 'Numbers you may change: blank rows in the workbooks, the roster\'s thresholds, the engagement loop\'s days.'],
          ['Where to type', 'Only in the white cells; choose from the dropdowns where a cell shows an arrow. Dates as 2027-03-31 or 3/31/2027.'],
        ],
      },
      {
        heading: 'Then',
        rows: [
          ['Check it', 'service-array template --config setup.xlsx --out-dir to-send/ checks every cell first and names the sheet and cell of anything wrong.'],
          ['A round', 'Send each group its workbook; collect them in one folder; service-array merge that-folder --config setup.xlsx --out plan.xlsx. README: "A round, step by step".'],
        ],
      },
    ],
  };
}

export function buildSetupLayout(j: Jurisdiction | null, stamp: SetupStamp): WorkbookLayout {
  const t = setupTables(j);
  const last = SETUP_HEADER_ROW + t.people.rows.length;
  const nameColumn = String.fromCharCode(65 + PERSON_COLUMNS.findIndex((c) => c.key === 'name'));
  return {
    sheets: [startHere(), t.jurisdiction, t.people, t.groups, t.settings],
    lists: setupLists(j, [], `'${SETUP_SHEETS.people}'!$${nameColumn}$${SETUP_HEADER_ROW + 1}:$${nameColumn}$${last}`),
    listsSheet: LISTS_SHEET,
    metaSheet: META_SHEET,
    meta: [
      ['kind', SETUP_KIND],
      ['schemaVersion', SETUP_SCHEMA_VERSION],
      ['generator', stamp.generator],
      ['workbookId', stamp.workbookId],
      ['createdAt', stamp.createdAt],
    ],
  };
}
