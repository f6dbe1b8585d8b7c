// The columns of every table in the work-group workbook. Keys are record fields; headers are what
// people see and what the reader matches, so change a header only with a reader alias.

import type { ColumnDef, RowOf } from './layout-types';

/** The column types every table declaration uses, named once. */
export const COLUMN_TYPES = {
  rating: { kind: 'rating' },
  text: { kind: 'text' },
  long: { kind: 'text', long: true },
  date: { kind: 'date' },
} as const;
const { rating, text, long } = COLUMN_TYPES;

export const ITEM_COLUMNS = [
  { key: 'itemId', header: 'Item id', type: text, input: 'never', width: 8, help: 'Filled in for you: it keeps each rating with its item if rows are sorted.' },
  { key: 'item', header: 'Item', type: long, input: 'whenBlank', width: 32, required: true, help: 'The item to rate. On a blank row at the bottom, type an item your group wants to add.', plan: { sheet: 'Evidence', header: 'Item' } },
  { key: 'prompt', header: 'What to consider', type: long, input: 'never', width: 52, help: 'The question to discuss before rating.' },
  { key: 'rating', header: 'Rating', type: rating, input: 'always', width: 22, help: 'Choose 1 Not in place, 2 Emerging, 3 Partially in place, 4 Fully in place, or Don\'t know. Typing just the number works too.', plan: { sheet: 'Evidence', header: 'Rating' } },
  { key: 'evidence', header: 'Evidence', type: long, input: 'always', width: 40, help: 'What the rating rests on: data, examples, what members have seen. No names of children or families.', plan: { sheet: 'Evidence', header: 'Evidence' } },
  { key: 'comment', header: 'Comment', type: long, input: 'always', width: 32, help: 'Anything else the group wants the steering committee to know.', plan: { sheet: 'Evidence', header: 'Comment' } },
] as const satisfies readonly ColumnDef[];

export const SERVICE_COLUMNS = [
  { key: 'service', header: 'Service', type: { kind: 'choice', list: 'service', allowOther: true }, input: 'always', width: 34, required: true, help: 'Choose from the catalogue, or type a service that is not listed.', plan: { sheet: 'Services', header: 'Service' } },
  { key: 'category', header: 'Category', type: { kind: 'choice', list: 'serviceCategory' }, input: 'always', width: 13, help: 'Prevention, Supervision, Custody or Extended. Leave blank for catalogue services: it is filled in from the catalogue.', plan: { sheet: 'Services', header: 'Category' } },
  { key: 'provider', header: 'Provider', type: text, input: 'always', width: 26, required: true, help: 'The organisation that delivers the service.', plan: { sheet: 'Services', header: 'Provider' } },
  { key: 'population', header: 'Population served', type: long, input: 'always', width: 22, help: 'Who can get the service (ages, eligibility).', plan: { sheet: 'Services', header: 'Population served' } },
  { key: 'coverage', header: 'Geographic coverage', type: text, input: 'always', width: 18, help: 'Where it is offered: whole jurisdiction, or which towns or areas.', plan: { sheet: 'Services', header: 'Coverage' } },
  { key: 'slots', header: 'Slots / capacity', type: { kind: 'integer', min: 0, max: 100000 }, input: 'always', width: 10, help: 'How many families or children it can serve at a time (a whole number).', plan: { sheet: 'Services', header: 'Slots' } },
  { key: 'waitWeeks', header: 'Wait time (weeks)', type: { kind: 'integer', min: 0, max: 520 }, input: 'always', width: 10, help: 'Typical wait in weeks, 0 for none (a whole number).', plan: { sheet: 'Services', header: 'Wait (weeks)' } },
  { key: 'funding', header: 'Funding source', type: text, input: 'always', width: 18, help: 'For example Title IV-B, Medicaid, county, grant.', plan: { sheet: 'Services', header: 'Funding source' } },
  { key: 'availability', header: 'Availability', type: rating, input: 'always', width: 14, required: true, help: 'Is there enough of it, soon enough? Rate 1-4 or Don\'t know.', plan: { sheet: 'Services', header: 'Availability' } },
  { key: 'accessibility', header: 'Accessibility', type: rating, input: 'always', width: 14, required: true, help: 'Can families reach it (location, hours, language, cost, transport)? Rate 1-4 or Don\'t know.', plan: { sheet: 'Services', header: 'Accessibility' } },
  { key: 'quality', header: 'Quality', type: rating, input: 'always', width: 14, required: true, help: 'Does it work well for the families who use it? Rate 1-4 or Don\'t know.', plan: { sheet: 'Services', header: 'Quality' } },
  { key: 'individualization', header: 'Individualization', type: rating, input: 'always', width: 14, required: true, help: 'Can it be tailored to each child and family? Rate 1-4 or Don\'t know.', plan: { sheet: 'Services', header: 'Individualization' } },
  { key: 'cultural', header: 'Cultural responsiveness', type: rating, input: 'always', width: 14, help: 'Optional. Does it respect families\' culture, language and tribal ties? Rate 1-4 or Don\'t know.', plan: { sheet: 'Services', header: 'Cultural responsiveness' } },
  { key: 'evidenceBase', header: 'Evidence base', type: rating, input: 'always', width: 14, help: 'Optional. 1 no evidence … 4 well-supported evidence-based practice, or Don\'t know.', plan: { sheet: 'Services', header: 'Evidence base' } },
  { key: 'comment', header: 'Comment', type: long, input: 'always', width: 30, help: 'Anything else about this service.', plan: { sheet: 'Services', header: 'Comments' } },
] as const satisfies readonly ColumnDef[];

export const NEED_COLUMNS = [
  { key: 'need', header: 'Need', type: long, input: 'always', width: 34, required: true, help: 'The unmet need, in a sentence.', plan: { sheet: 'Needs', header: 'Need' } },
  { key: 'service', header: 'Service type', type: { kind: 'choice', list: 'service', allowOther: true }, input: 'always', width: 28, help: 'The kind of service needed: choose from the catalogue if it is there, so the committee can see how many groups need it; otherwise type it.', plan: { sheet: 'Needs', header: 'Service type' } },
  { key: 'evidence', header: 'Snapshot evidence', type: long, input: 'always', width: 34, help: 'What in the Child and Family Snapshot or other data shows the need.', plan: { sheet: 'Needs', header: 'Evidence' } },
  { key: 'proposed', header: 'Proposed service or practice', type: long, input: 'always', width: 32, required: true, help: 'What new service or practice would meet it.', plan: { sheet: 'Needs', header: 'Proposed service or practice' } },
  { key: 'population', header: 'Population', type: text, input: 'always', width: 20, help: 'Who would be served.', plan: { sheet: 'Needs', header: 'Population' } },
  { key: 'estimatedNumber', header: 'Estimated number to serve', type: { kind: 'integer', min: 0, max: 1000000 }, input: 'always', width: 12, help: 'Children or families a year (a whole number).', plan: { sheet: 'Needs', header: 'Est. number' } },
  { key: 'priority', header: 'Priority', type: { kind: 'choice', list: 'priority' }, input: 'always', width: 10, required: true, help: 'High, Medium or Low.', plan: { sheet: 'Needs', header: 'Priority' } },
  { key: 'partners', header: 'Potential partners', type: long, input: 'always', width: 26, help: 'Organisations that could help build it.', plan: { sheet: 'Needs', header: 'Partners' } },
  { key: 'funding', header: 'Potential funding', type: text, input: 'always', width: 20, help: 'Possible funding sources.', plan: { sheet: 'Needs', header: 'Potential funding' } },
] as const satisfies readonly ColumnDef[];

export const CONCLUSION_COLUMNS = [
  { key: 'capacity', header: 'Capacity', type: { kind: 'choice', list: 'capacity' }, input: 'always', width: 26, required: true, help: 'Which of your capacities this conclusion is about.', plan: { sheet: 'Report' } },
  { key: 'kind', header: 'Strength or gap', type: { kind: 'choice', list: 'conclusionKind' }, input: 'always', width: 12, required: true, help: 'Strength: something to keep. Gap: something the plan should address.', plan: { sheet: 'Report', header: 'Strength or gap' } },
  { key: 'finding', header: 'Finding', type: long, input: 'always', width: 50, required: true, help: 'The conclusion in one or two sentences.', plan: { sheet: 'Report', header: 'Finding' } },
  { key: 'assessment', header: 'From assessment', type: { kind: 'choice', list: 'assessment' }, input: 'always', width: 22, help: 'Which of the four assessments it comes from.', plan: { sheet: 'Report', header: 'From assessment' } },
  { key: 'evidence', header: 'Evidence', type: long, input: 'always', width: 40, help: 'Ratings, data or examples behind it.', plan: { sheet: 'Report', header: 'Evidence' } },
] as const satisfies readonly ColumnDef[];

export const PLAN_COLUMNS = [
  { key: 'stepId', header: 'Step id', type: text, input: 'never', width: 10, help: 'Filled in for you. The steering committee tracks the step by this id, so never retype it.' },
  { key: 'capacity', header: 'Capacity', type: { kind: 'choice', list: 'capacity' }, input: 'always', width: 24, required: true, help: 'Which of your capacities the step improves.' , plan: { sheet: 'Plan', header: 'Capacity' } },
  { key: 'assessment', header: 'Source assessment', type: { kind: 'choice', list: 'assessment' }, input: 'always', width: 20, help: 'The assessment whose finding led to this step.' , plan: { sheet: 'Plan', header: 'Source assessment' } },
  { key: 'priorityIssue', header: 'Priority issue', type: long, input: 'always', width: 30, required: true, help: 'The finding (usually a gap) the step addresses.' , plan: { sheet: 'Plan', header: 'Priority issue' } },
  { key: 'goal', header: 'Goal', type: long, input: 'always', width: 28, required: true, help: 'What will be different for children and families.' , plan: { sheet: 'Plan', header: 'Goal' } },
  { key: 'strategy', header: 'Strategy', type: long, input: 'always', width: 28, help: 'The approach to reach the goal.' , plan: { sheet: 'Plan', header: 'Strategy' } },
  { key: 'actionStep', header: 'Action step', type: long, input: 'always', width: 32, required: true, help: 'One concrete thing someone will do.' , plan: { sheet: 'Plan', header: 'Action step' } },
  { key: 'leadPerson', header: 'Lead person', type: text, input: 'always', width: 18, help: 'Who makes sure it happens.' , plan: { sheet: 'Plan', header: 'Lead person' } },
  { key: 'leadOrganisation', header: 'Lead organisation', type: text, input: 'always', width: 20, help: 'Their organisation.' , plan: { sheet: 'Plan', header: 'Lead organisation' } },
  { key: 'partners', header: 'Partners', type: long, input: 'always', width: 24, help: 'Who else takes part.' , plan: { sheet: 'Plan', header: 'Partners' } },
  { key: 'resources', header: 'Resources needed', type: long, input: 'always', width: 24, help: 'Staff time, money, space, training…' , plan: { sheet: 'Plan', header: 'Resources needed' } },
  { key: 'fundingSource', header: 'Funding source', type: text, input: 'always', width: 18, help: 'Where the resources come from.' , plan: { sheet: 'Plan', header: 'Funding source' } },
  { key: 'startDate', header: 'Start date', type: { kind: 'date' }, input: 'always', width: 12, help: 'A date, e.g. 2027-03-01 or 3/1/2027.' , plan: { sheet: 'Plan', header: 'Start date' } },
  { key: 'targetDate', header: 'Target date', type: { kind: 'date' }, input: 'always', width: 12, help: 'When it should be done, e.g. 2027-09-30 or 9/30/2027.' , plan: { sheet: 'Plan', header: 'Target date' } },
  { key: 'measure', header: 'Measure', type: long, input: 'always', width: 26, help: 'How you will know it worked; ideally a Snapshot indicator.' , plan: { sheet: 'Plan', header: 'Measure' } },
  { key: 'baseline', header: 'Baseline', type: text, input: 'always', width: 10, help: 'The measure today.' , plan: { sheet: 'Plan', header: 'Baseline' } },
  { key: 'target', header: 'Target', type: text, input: 'always', width: 10, help: 'The measure you aim for.' , plan: { sheet: 'Plan', header: 'Target' } },
  { key: 'status', header: 'Status', type: { kind: 'choice', list: 'status' }, input: 'always', width: 13, help: 'Not started, In progress, Completed, Barrier or Dropped.' , plan: { sheet: 'Plan', header: 'Status' } },
  { key: 'progressNote', header: 'Progress note', type: long, input: 'always', width: 30, help: 'What happened since the last meeting.' , plan: { sheet: 'Plan', header: 'Progress note' } },
  { key: 'lastUpdate', header: 'Last update', type: { kind: 'date' }, input: 'always', width: 12, help: 'The date of this status and note.' , plan: { sheet: 'Plan', header: 'Last update' } },
] as const satisfies readonly ColumnDef[];

export type RatedItemRow = RowOf<typeof ITEM_COLUMNS>;
export type ServiceRow = RowOf<typeof SERVICE_COLUMNS>;
export type NeedRow = RowOf<typeof NEED_COLUMNS>;
export type ConclusionRow = RowOf<typeof CONCLUSION_COLUMNS>;
export type PlanRow = RowOf<typeof PLAN_COLUMNS>;
