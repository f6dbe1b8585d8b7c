// The declaration of the steering committee's engagement workbook: Start here, Partners, Involvement
// plan, Engagement log, Collaboration evidence and Reflection, with their dropdown lists. Rendered by
// the assessment template writer; the parser reads it back through the same tables.

import { ENGAGEMENT_AIMS } from '../defaults/orientation-modules';
import { ENGAGEMENT_COLOURS } from '../defaults/stakeholders';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { ColumnDef, InfoSheet, ListDef, ListItem, ListName, TableSheet, WorkbookLayout } from '../layout/layout-types';
import { LISTS_SHEET, META_SHEET, START_SHEET } from '../layout/sheet-names';
import { EVIDENCE_COLUMNS, LOG_COLUMNS, PARTNER_COLUMNS, INVOLVEMENT_COLUMNS, REFLECTION_COLUMNS } from './engagement-columns';
import {
  CFSR_GROUPS,
  CFSR_OUTCOMES_AND_FACTORS,
  CFSR_PHASES,
  COLLABORATION_ELEMENTS,
  LOG_KINDS,
  PARTNERSHIP_LEVELS,
  PARTNER_SIDES,
  REFLECTION_QUESTIONS,
  RESOURCE_FLOWS,
  TIE_STRENGTHS,
} from './vocabulary';

export const ENGAGEMENT_KIND = 'engagement';
export const ENGAGEMENT_SCHEMA_VERSION = '1';
export const ENGAGEMENT_HEADER_ROW = 5;

export const ENGAGEMENT_SHEETS = {
  partners: 'Partners',
  plan: 'Involvement plan',
  log: 'Engagement log',
  evidence: 'Collaboration evidence',
  reflection: 'Reflection',
} as const;

/** Blank rows offered on each sheet; people insert more inside a table when they need them. */
export interface EngagementRowCounts {
  readonly partners: number;
  readonly plan: number;
  readonly log: number;
  /** Rows for later review rounds, under the nine of the first. */
  readonly evidence: number;
}

export const DEFAULT_ENGAGEMENT_ROWS: EngagementRowCounts = { partners: 80, plan: 150, log: 500, evidence: 36 };

export interface EngagementStamp {
  readonly workbookId: string;
  readonly createdAt: string;
  readonly generator: string;
}

type Table<C extends readonly ColumnDef[]> = TableSheet & { readonly columns: C };

export interface EngagementTables {
  readonly partners: Table<typeof PARTNER_COLUMNS>;
  readonly plan: Table<typeof INVOLVEMENT_COLUMNS>;
  readonly log: Table<typeof LOG_COLUMNS>;
  readonly evidence: Table<typeof EVIDENCE_COLUMNS>;
  readonly reflection: Table<typeof REFLECTION_COLUMNS>;
}

export function buildEngagementLayout(j: Jurisdiction, stamp: EngagementStamp, rows: EngagementRowCounts = DEFAULT_ENGAGEMENT_ROWS): WorkbookLayout {
  const t = engagementTables(j, rows);
  const lastPartnerRow = ENGAGEMENT_HEADER_ROW + Math.max(rows.partners, 1);
  // The partner dropdowns list the Organisation column (the first) of the Partners sheet.
  const partnerRange = `'${ENGAGEMENT_SHEETS.partners}'!$A$${ENGAGEMENT_HEADER_ROW + 1}:$A$${lastPartnerRow}`;
  return {
    sheets: [startHere(j), t.partners, t.plan, t.log, t.evidence, t.reflection],
    lists: engagementLists(j, [], partnerRange),
    listsSheet: LISTS_SHEET,
    metaSheet: META_SHEET,
    meta: [
      ['kind', ENGAGEMENT_KIND],
      ['schemaVersion', ENGAGEMENT_SCHEMA_VERSION],
      ['generator', stamp.generator],
      ['workbookId', stamp.workbookId],
      ['jurisdictionId', j.id],
      ['jurisdictionName', j.name],
      ['createdAt', stamp.createdAt],
    ],
  };
}

export function engagementTables(j: Jurisdiction, rows: EngagementRowCounts = DEFAULT_ENGAGEMENT_ROWS): EngagementTables {
  const blank = (n: number): Record<string, string>[] => Array.from({ length: n }, () => ({}));
  return {
    partners: table(ENGAGEMENT_SHEETS.partners, PARTNER_COLUMNS, `${j.name}: agency partners`, 'Who the partners are, their level of partnership and the tie with the agency: the eco-map is drawn from this sheet.', 'One partner organisation per row. Choose from the dropdowns; the contact person comes from the Collaborative roster.', blank(rows.partners)),
    plan: table(ENGAGEMENT_SHEETS.plan, INVOLVEMENT_COLUMNS, `${j.name}: stakeholder involvement plan`, 'How, who, when: for each CFSR phase and each outcome and systemic factor, the partners or groups to involve.', 'One row per phase, outcome or factor and partner (or group). A phase, outcome or factor nobody outside the agency is involved in is a gap.', blank(rows.plan)),
    log: table(ENGAGEMENT_SHEETS.log, LOG_COLUMNS, `${j.name}: engagement log`, 'The loop: input gathered, stakeholders included in decisions, feedback given, continuous communication.', 'One row per contact with one partner, newest at the bottom. Feedback closes the input from the same partner on the same outcome, factor or phase.', blank(rows.log)),
    evidence: table(ENGAGEMENT_SHEETS.evidence, EVIDENCE_COLUMNS, `${j.name}: evidence of strong collaboration`, 'The nine elements, rated at each review round with the evidence.', 'Rate all nine with the round\'s date. For a later round, choose the elements again on the blank rows below, with the new date.', [...COLLABORATION_ELEMENTS.map((e) => ({ element: e.label })), ...blank(rows.evidence)]),
    reflection: table(ENGAGEMENT_SHEETS.reflection, REFLECTION_COLUMNS, `${j.name}: reflection on the previous CFSR`, 'How stakeholders were identified, recruited, prepared and kept involved; the strategy for the next review.', 'Answer each question in a few sentences.', REFLECTION_QUESTIONS.map((q) => ({ questionId: q.code, question: q.label }))),
  };
}

function table<C extends readonly ColumnDef[]>(name: string, columns: C, title: string, subtitle: string, instructions: string, rows: Record<string, string>[]): Table<C> {
  return { kind: 'table', name, table: 'engagement', capacity: null, title, subtitle, instructions, headerRow: ENGAGEMENT_HEADER_ROW, columns, rows };
}

/** The workbook's lists. `partners` are the organisations read from the Partners sheet; `partnerRange` is where the writer points that list. */
export function engagementLists(j: Jurisdiction, partners: readonly string[], partnerRange?: string): ListDef[] {
  const coded = (items: readonly { code: string; label: string }[]): ListItem[] => items.map((i) => ({ code: i.code, display: i.label }));
  const plain = (items: readonly string[]): ListItem[] => items.map((v) => ({ code: v, display: v }));
  const s = j.settings;
  const names = new Map<string, number>();
  for (const p of j.stakeholders) names.set(p.name, (names.get(p.name) ?? 0) + 1);
  const lists: [ListName, readonly ListItem[]][] = [
    ['partnerSide', PARTNER_SIDES.map((x) => ({ code: x.code, display: x.code === 'internal' ? 'Internal' : 'External' }))],
    ['cfsrGroup', coded(CFSR_GROUPS)],
    ['membershipCategory', s.stakeholderCategories.map((c) => ({ code: c.id, display: c.label }))],
    ['partnershipLevel', PARTNERSHIP_LEVELS.map((l) => ({ code: l.code, display: `${l.code} - ${l.label}` }))],
    ['tieStrength', coded(TIE_STRENGTHS)],
    ['resourceFlow', coded(RESOURCE_FLOWS)],
    // Two members of the same name are told apart by their id.
    ['rosterMember', j.stakeholders.map((p) => ({ code: p.id, display: (names.get(p.name) ?? 0) > 1 ? `${p.name} (${p.id})` : p.name }))],
    ['engagementColour', ENGAGEMENT_COLOURS.map((c) => ({ code: c, display: colourName(c) }))],
    ['partner', plain(partners)],
    ['cfsrFocus', FOCUS_ITEMS],
    ['method', plain(s.engagement.methods)],
    ['logKind', coded(LOG_KINDS)],
    ['collaborationElement', coded(COLLABORATION_ELEMENTS)],
    ['rating', [...s.ratingScale.levels.map((l) => ({ code: String(l.value), display: `${l.value} - ${l.label}` })), { code: 'DK', display: s.ratingScale.dontKnow }]],
  ];
  return lists.map(([name, items]) => ({ name, definedName: `List_${name}`, items, ...(name === 'partner' && partnerRange !== undefined ? { range: partnerRange } : {}) }));
}

export function colourName(c: (typeof ENGAGEMENT_COLOURS)[number]): string {
  return c === 'none' ? 'No dot' : `${c.charAt(0).toUpperCase()}${c.slice(1)}`;
}

/** Every phase, outcome and factor, as the dropdown shows it. */
export const FOCUS_ITEMS: readonly ListItem[] = [
  ...CFSR_PHASES.map((p, i) => ({ code: p.code, display: `Phase ${i + 1}: ${p.label}` })),
  ...CFSR_OUTCOMES_AND_FACTORS.map((o) => ({ code: o.code, display: o.code.startsWith('SF') ? `Systemic factor: ${o.label}` : o.label })),
];

function startHere(j: Jurisdiction): InfoSheet {
  const r = j.settings.engagement;
  return {
    kind: 'info',
    name: START_SHEET,
    title: `${j.name}: partnerships and stakeholder engagement`,
    sections: [
      {
        heading: 'This workbook',
        rows: [
          ['Who keeps it', 'The steering committee. It holds engagement colours, notes and the engagement log: keep it to the committee, never send it to work groups.'],
          ['What it makes', `"service-array engagement --engagement <this file>" draws the agency partners eco-map and reports levels of partnership, the involvement matrices with their gaps, and the loop: input with no feedback after ${r.feedbackDays} days, partners not contacted in ${r.contactDays} days, decisions made without the stakeholders the plan named.`],
          ['Privacy', 'Never type the name or details of a child or family.'],
        ],
      },
      {
        heading: 'Sheets',
        rows: [
          [ENGAGEMENT_SHEETS.partners, 'Every partner organisation: internal or external, CFSR partner group, membership category, level of partnership, tie strength, resource flow, agreements, contact person, engagement colour, notes.'],
          [ENGAGEMENT_SHEETS.plan, 'For each CFSR phase, outcome and systemic factor: which partners or groups to involve, how, who owns it, by when.'],
          [ENGAGEMENT_SHEETS.log, 'Every contact: input gathered, included in a decision, feedback given, communication.'],
          [ENGAGEMENT_SHEETS.evidence, 'The nine elements of strong collaboration, rated at each review round.'],
          [ENGAGEMENT_SHEETS.reflection, 'The previous CFSR: how stakeholders were identified, recruited, prepared and sustained; the strategy for the next.'],
        ],
      },
      { heading: 'Levels of partnership', rows: PARTNERSHIP_LEVELS.map((l) => [`${l.code} - ${l.short}`, l.label] as const) },
      { heading: 'Engagement colours', rows: ENGAGEMENT_COLOURS.map((c) => [colourName(c), ENGAGEMENT_AIMS[c]] as const) },
      {
        heading: 'How to fill it in',
        rows: [
          ['Where to type', 'Type only in the white cells; choose from the dropdowns where a cell shows an arrow. Dates as 2027-03-31 or 3/31/2027.'],
          ['Partners first', `Add a partner on "${ENGAGEMENT_SHEETS.partners}" before naming it in the plan or the log: their dropdowns list the partners of that sheet.`],
          ['One decision', 'A decision is logged as one "Included in a decision" row per partner included, all with the same date, topic and outcome or factor.'],
          ['More rows', 'Insert rows inside a table (right-click a row number, Insert) when the blank ones run out.'],
        ],
      },
    ],
  };
}
