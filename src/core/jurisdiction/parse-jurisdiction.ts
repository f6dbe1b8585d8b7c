// Turns the parsed JSON of a jurisdiction file into a Jurisdiction, with an Issue (JSON path and
// what is wrong) for every mistake, including references between work groups, people and capacities.

import type { Issue } from '../issue';
import { hasErrors } from '../issue';
import {
  JURISDICTION_FORMAT_VERSION,
  type Jurisdiction,
  type Settings,
  type Stakeholder,
  type WorkGroup,
} from './jurisdiction-types';
import { parseSettings } from './parse-settings';
import { parseStakeholders } from './parse-stakeholders';
import {
  arrayAt,
  checkKeys,
  checkNoRepeats,
  checkUniqueIds,
  dateField,
  join,
  objectAt,
  quoted,
  report,
  stringField,
  stringList,
  type JsonContext,
  type JsonObject,
} from './json-fields';

export interface ParsedJurisdiction {
  /** Null when any error was found: a half-valid configuration is never used. */
  readonly jurisdiction: Jurisdiction | null;
  readonly issues: readonly Issue[];
}

export const TOP_KEYS = ['formatVersion', 'jurisdiction', 'planPeriod', 'firstMeeting', 'workGroups', 'stakeholders', 'settings'];

export const JURISDICTION_KEYS = ['id', 'name', 'state', 'submitTo'];
export const WORK_GROUP_KEYS = ['id', 'name', 'capacities', 'dueDate', 'facilitator', 'reporter', 'members'];

export function parseJurisdiction(raw: unknown, file: string): ParsedJurisdiction {
  const ctx: JsonContext = { file, issues: [] };
  const top = objectAt(ctx, raw, '(top level)');
  if (top === undefined) return { jurisdiction: null, issues: ctx.issues };
  checkKeys(ctx, top, '', TOP_KEYS);
  if (top['formatVersion'] !== JURISDICTION_FORMAT_VERSION) {
    report(ctx, 'formatVersion', `Must be ${JURISDICTION_FORMAT_VERSION}, got ${JSON.stringify(top['formatVersion']) ?? 'nothing'}`, `Add "formatVersion": ${JURISDICTION_FORMAT_VERSION}`);
  }
  const settings = parseSettings(ctx, top['settings'], 'settings');
  const head = objectAt(ctx, top['jurisdiction'], 'jurisdiction') ?? {};
  checkKeys(ctx, head, 'jurisdiction', JURISDICTION_KEYS);
  const id = stringField(ctx, head, 'id', 'jurisdiction');
  // It starts every workbook's file name, so it is kept short.
  if (id !== '' && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(id)) {
    report(ctx, 'jurisdiction.id', `Must be 1-60 lower-case letters, digits and hyphens, got ${quoted(id)}`, 'For example "riverbend-county"');
  }
  const period = objectAt(ctx, top['planPeriod'], 'planPeriod') ?? {};
  checkKeys(ctx, period, 'planPeriod', ['start', 'end']);
  const planPeriod = { start: dateField(ctx, period, 'start', 'planPeriod'), end: dateField(ctx, period, 'end', 'planPeriod') };
  if (planPeriod.start !== '' && planPeriod.end !== '' && planPeriod.end <= planPeriod.start) {
    report(ctx, 'planPeriod.end', `Must come after planPeriod.start (${planPeriod.start}), got ${planPeriod.end}`);
  }
  const firstMeeting = dateField(ctx, top, 'firstMeeting', '');
  const stakeholders = parseStakeholders(ctx, top['stakeholders'], settings, firstMeeting);
  const workGroups = parseWorkGroups(ctx, top['workGroups'], settings, stakeholders);
  const submitTo = stringField(ctx, head, 'submitTo', 'jurisdiction', true);
  // Every work group's workbook carries this address: it must not expose a member's own email.
  const owner = submitTo === '' ? undefined : stakeholders.find((s) => s.email !== '' && s.email.toLowerCase() === submitTo.toLowerCase());
  if (owner !== undefined) {
    report(ctx, 'jurisdiction.submitTo', `Must be a shared address, not a member's own email: ${submitTo} is ${owner.name}'s`, 'Give the committee\'s shared mailbox or shared folder: every work group\'s workbook shows it');
  }
  const jurisdiction: Jurisdiction = {
    formatVersion: JURISDICTION_FORMAT_VERSION,
    id,
    name: stringField(ctx, head, 'name', 'jurisdiction'),
    state: stringField(ctx, head, 'state', 'jurisdiction', true),
    submitTo,
    planPeriod,
    firstMeeting,
    workGroups,
    stakeholders,
    settings,
  };
  return { jurisdiction: hasErrors(ctx.issues) ? null : jurisdiction, issues: ctx.issues };
}

function parseWorkGroups(ctx: JsonContext, value: unknown, settings: Settings, people: readonly Stakeholder[]): WorkGroup[] {
  const list = arrayAt(ctx, value, 'workGroups') ?? [];
  if (list.length === 0) report(ctx, 'workGroups', 'Must list at least one work group');
  const out = list.flatMap((raw, i) => {
    const o = objectAt(ctx, raw, join('workGroups', i));
    return o === undefined ? [] : [parseWorkGroup(ctx, o, join('workGroups', i), settings, people)];
  });
  checkUniqueIds(ctx, out.map((g) => g.id), 'workGroups', 'work group');
  // Every capacity needs at least one group; a statewide collaborative may give one to several regions.
  for (const capacity of settings.capacities) {
    if (!out.some((g) => g.capacities.includes(capacity.id))) {
      report(ctx, 'workGroups', `Capacity ${capacity.id} (${capacity.label}) is assigned to no work group`, 'Add it to one group\'s "capacities"');
    }
  }
  return out;
}

function parseWorkGroup(ctx: JsonContext, o: JsonObject, p: string, settings: Settings, people: readonly Stakeholder[]): WorkGroup {
  checkKeys(ctx, o, p, WORK_GROUP_KEYS);
  const id = stringField(ctx, o, 'id', p);
  // The id starts every action-step id and the file name, so keep it short and file-safe.
  if (id !== '' && !/^[A-Za-z][A-Za-z0-9]{0,9}$/.test(id)) {
    report(ctx, join(p, 'id'), `Work group id must be 1-10 letters or digits starting with a letter, got ${quoted(id)}`, 'For example "WG1"');
  }
  const capacities = stringList(ctx, o, 'capacities', p);
  if (capacities.length === 0) report(ctx, join(p, 'capacities'), 'Must list at least one capacity');
  // Each capacity is four sheets of the group's workbook, which cannot hold them twice.
  checkNoRepeats(ctx, capacities, join(p, 'capacities'), 'Capacity');
  const known = settings.capacities.map((c) => c.id);
  capacities.forEach((c, i) => {
    if (!known.includes(c)) report(ctx, join(join(p, 'capacities'), i), `Unknown capacity ${quoted(c)}`, `Use one of: ${known.join(', ')}`);
  });
  const person = (key: string): string => {
    const ref = stringField(ctx, o, key, p);
    if (ref !== '' && !people.some((s) => s.id === ref)) report(ctx, join(p, key), `No stakeholder has the id ${quoted(ref)}`, 'Add the person to "stakeholders" or fix the id');
    return ref;
  };
  const facilitator = person('facilitator');
  const reporter = person('reporter');
  const members = stringList(ctx, o, 'members', p, true);
  members.forEach((m, i) => {
    if (!people.some((s) => s.id === m)) report(ctx, join(join(p, 'members'), i), `No stakeholder has the id ${quoted(m)}`, 'Add the person to "stakeholders" or fix the id');
  });
  return { id, name: stringField(ctx, o, 'name', p), capacities, dueDate: dateField(ctx, o, 'dueDate', p), facilitator, reporter, members };
}

/** Each jurisdiction's work groups by lower-case id: a statewide merge looks up hundreds, once per file. */
const groupsById = new WeakMap<Jurisdiction, ReadonlyMap<string, WorkGroup>>();

/** Looks a work group up by id, ignoring case as people type ids by hand; the first listed if two differ only by case. */
export function findWorkGroup(j: Jurisdiction, id: string): WorkGroup | undefined {
  let byId = groupsById.get(j);
  if (byId === undefined) {
    const index = new Map<string, WorkGroup>();
    for (const g of j.workGroups) if (!index.has(g.id.toLowerCase())) index.set(g.id.toLowerCase(), g);
    groupsById.set(j, (byId = index));
  }
  return byId.get(id.toLowerCase());
}
