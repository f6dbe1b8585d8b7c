// The tables of the steering committee's engagement workbook, as column declarations: the template
// writer renders them (dropdowns, prompts, locked labels), the parser reads them back by header.

import { COLUMN_TYPES } from '../layout/columns';
import type { ColumnDef, ListName, RowOf } from '../layout/layout-types';

const { rating, text, long, date } = COLUMN_TYPES;
const choice = <L extends ListName>(list: L, allowOther = false) => ({ kind: 'choice', list, allowOther }) as const;

export const PARTNER_COLUMNS = [
  { key: 'organisation', header: 'Organisation', type: text, input: 'always', width: 30, required: true, help: 'The partner organisation, one per row. The log and the involvement plan choose partners from this column.' },
  { key: 'side', header: 'Internal or external', type: choice('partnerSide'), input: 'always', width: 14, required: true, help: 'Internal: part of the child welfare agency. External: everyone else.' },
  { key: 'group', header: 'CFSR partner group', type: choice('cfsrGroup'), input: 'always', width: 18, required: true, help: 'Court, Tribal, Youth, Child welfare agency staff, External partners, Diversity-of-state representatives or Other.' },
  { key: 'category', header: 'Membership category', type: choice('membershipCategory'), input: 'always', width: 30, required: true, help: 'The Collaborative membership category the partner fills. Categories nobody fills are drawn on the eco-map as partners to add.' },
  { key: 'level', header: 'Level of partnership', type: choice('partnershipLevel'), input: 'always', width: 26, required: true, help: '1 referrals, 2 joint case planning, 3 joint programs, 4 shared infrastructure, 5 the Collaborative, 6 state level. Typing the number works.' },
  { key: 'strength', header: 'Tie strength', type: choice('tieStrength'), input: 'always', width: 11, required: true, help: 'Strong, Tenuous or Stressful: drawn solid, dashed or zigzag on the eco-map.' },
  { key: 'flow', header: 'Resources flow', type: choice('resourceFlow'), input: 'always', width: 20, help: 'Which way resources and energy flow: to the partner, to the agency, both ways, or neither yet. Drawn as arrows.' },
  { key: 'agreements', header: 'Agreements in place', type: long, input: 'always', width: 28, help: 'Written agreements: information sharing, MOU, joint data system, staff liaison, co-located staff. Level 4 rests on them.' },
  { key: 'contact', header: 'Contact person', type: choice('rosterMember', true), input: 'always', width: 22, help: 'The partner\'s contact, chosen from the Collaborative roster (the jurisdiction file).' },
  { key: 'engagement', header: 'Engagement colour', type: choice('engagementColour'), input: 'always', width: 18, help: 'Green keep, Yellow improve, Red heal and re-involve, No dot begin. Blank: the contact person\'s colour on the roster.' },
  { key: 'notes', header: 'Notes', type: long, input: 'always', width: 34, help: 'For the steering committee only. Never a child\'s or family\'s details.' },
] as const satisfies readonly ColumnDef[];

export const INVOLVEMENT_COLUMNS = [
  { key: 'focus', header: 'Phase, outcome or factor', type: choice('cfsrFocus'), input: 'always', width: 34, required: true, help: 'A CFSR phase, one of the 7 outcomes or one of the 7 systemic factors: one row for each partner or group to involve in it.' },
  { key: 'group', header: 'Partner group', type: choice('cfsrGroup'), input: 'always', width: 18, help: 'The CFSR partner group to involve. Leave blank when you name a partner: it is taken from the Partners sheet.' },
  { key: 'partner', header: 'Partner', type: choice('partner', true), input: 'always', width: 30, help: 'A partner from the Partners sheet, or blank when the row is about a whole group.' },
  { key: 'method', header: 'How', type: choice('method'), input: 'always', width: 30, required: true, help: 'How they will be involved: council, review panel, survey, website comments…' },
  { key: 'owner', header: 'Who (owner)', type: choice('rosterMember', true), input: 'always', width: 22, help: 'Who on the Collaborative makes sure it happens, from the roster.' },
  { key: 'when', header: 'When', type: date, input: 'always', width: 12, help: 'By when, e.g. 2027-03-31 or 3/31/2027.' },
] as const satisfies readonly ColumnDef[];

export const LOG_COLUMNS = [
  { key: 'date', header: 'Date', type: date, input: 'always', width: 12, required: true, help: 'When it happened, e.g. 2027-02-15 or 2/15/2027.' },
  { key: 'who', header: 'Who', type: choice('partner', true), input: 'always', width: 30, required: true, help: 'The partner, from the Partners sheet. For several partners, one row each.' },
  { key: 'kind', header: 'Kind', type: choice('logKind'), input: 'always', width: 20, required: true, help: 'Input gathered, Included in a decision, Feedback given, or Communication.' },
  { key: 'topic', header: 'Topic', type: long, input: 'always', width: 34, required: true, help: 'What it was about. Rows of one decision share its date, topic and outcome or factor.' },
  { key: 'focus', header: 'Outcome, factor or phase', type: choice('cfsrFocus'), input: 'always', width: 30, help: 'The CFSR outcome, systemic factor or phase it concerns, if any.' },
  { key: 'method', header: 'Method', type: choice('method'), input: 'always', width: 28, help: 'How: council, survey, website, meeting…' },
  { key: 'followUpDue', header: 'Follow-up due', type: date, input: 'always', width: 12, help: 'For input gathered: when feedback is due. Blank: the default number of days after the date.' },
  { key: 'notes', header: 'Notes', type: long, input: 'always', width: 30, help: 'For the steering committee only.' },
] as const satisfies readonly ColumnDef[];

export const EVIDENCE_COLUMNS = [
  { key: 'element', header: 'Element', type: choice('collaborationElement'), input: 'whenBlank', width: 36, required: true, help: 'One of the nine elements of strong collaboration. On a blank row, choose it for a later review round.' },
  { key: 'round', header: 'Review date', type: date, input: 'always', width: 12, help: 'The date of this review round: rate all nine elements with the same date.' },
  { key: 'rating', header: 'Rating', type: rating, input: 'always', width: 22, help: 'How strong the evidence is: 1 Not in place, 2 Emerging, 3 Partially in place, 4 Fully in place, or Don\'t know.' },
  { key: 'evidence', header: 'Evidence', type: long, input: 'always', width: 60, help: 'What shows it: agreements, shared plans, data, examples.' },
] as const satisfies readonly ColumnDef[];

export const REFLECTION_COLUMNS = [
  { key: 'questionId', header: 'Question id', type: text, input: 'never', width: 10, help: 'Filled in for you.' },
  { key: 'question', header: 'Question', type: long, input: 'never', width: 50, help: 'The question to reflect on.' },
  { key: 'answer', header: 'Answer', type: long, input: 'always', width: 80, help: 'What the steering committee concluded.' },
] as const satisfies readonly ColumnDef[];

export type PartnerRow = RowOf<typeof PARTNER_COLUMNS>;
export type InvolvementRow = RowOf<typeof INVOLVEMENT_COLUMNS>;
export type LogRow = RowOf<typeof LOG_COLUMNS>;
export type EvidenceRow = RowOf<typeof EVIDENCE_COLUMNS>;
export type ReflectionRow = RowOf<typeof REFLECTION_COLUMNS>;
