// What a work group's workbook carries of its jurisdiction, so it can be checked and submitted with
// nothing else at hand (the add-in's "Check my work" and "Ready to submit" read it): the jurisdiction's
// name and submission address, the plan period, the group itself with its capacities and due date,
// the names and organisations of its own facilitator, reporter and members, and the settings its sheets
// use (rating scale, its capacities' items, the catalogue, statuses, priorities, blank rows).
// Never an email, an engagement colour or note, or anyone outside the group: the workbook is passed
// around the group and beyond. Kept as JSON in the metadata sheet, in cells Excel can hold.

import type { Issue } from '../issue';
import { hasErrors } from '../issue';
import type { Jurisdiction, Settings, Stakeholder, WorkGroup } from '../jurisdiction/jurisdiction-types';
import { JURISDICTION_FORMAT_VERSION } from '../jurisdiction/jurisdiction-types';
import { isObject, stringField, dateField, stringList, objectAt, arrayAt, join, type JsonContext } from '../jurisdiction/json-fields';
import { parseJsonText } from '../jurisdiction/json-text';
import { parseSettings } from '../jurisdiction/parse-settings';

export const RULES_FORMAT = 'service-array-workbook-rules';
export const RULES_VERSION = 1;
/** Metadata keys `rules.1`, `rules.2`…: one cell holds at most 32,767 characters. */
export const RULES_KEY_PREFIX = 'rules.';
const CHUNK = 30000;

/** The people of the group, as the workbook may show them. */
function groupPeople(j: Jurisdiction, group: WorkGroup): { id: string; name: string; organisation: string }[] {
  const ids = [...new Set([group.facilitator, group.reporter, ...group.members])];
  return ids.flatMap((id) => {
    const p = j.stakeholders.find((s) => s.id === id);
    return p === undefined ? [] : [{ id: p.id, name: p.name, organisation: p.organisation }];
  });
}

/** The settings a work group's sheets are built from, and nothing of the roster's. */
function carriedSettings(s: Settings, group: WorkGroup): Record<string, unknown> {
  const mine = (caps: readonly string[]): boolean => caps.length === 0 || caps.some((c) => group.capacities.includes(c));
  return {
    capacities: s.capacities.filter((c) => group.capacities.includes(c.id)),
    ratingScale: s.ratingScale,
    practiceItems: s.practiceItems.filter((i) => mine(i.capacities)),
    leadershipItems: s.leadershipItems.filter((i) => mine(i.capacities)),
    serviceCatalogue: s.serviceCatalogue,
    planStatuses: s.planStatuses,
    priorities: s.priorities,
    rows: s.rows,
  };
}

export function carriedRulesJson(j: Jurisdiction, group: WorkGroup): string {
  return JSON.stringify({
    format: RULES_FORMAT,
    version: RULES_VERSION,
    jurisdiction: { id: j.id, name: j.name, state: j.state, submitTo: j.submitTo },
    planPeriod: j.planPeriod,
    firstMeeting: j.firstMeeting,
    workGroup: group,
    people: groupPeople(j, group),
    settings: carriedSettings(j.settings, group),
  });
}

/** The metadata rows that carry the rules. */
export function rulesMetaRows(j: Jurisdiction, group: WorkGroup): [string, string][] {
  const json = carriedRulesJson(j, group);
  const rows: [string, string][] = [];
  for (let at = 0, n = 1; at < json.length; at += CHUNK, n++) rows.push([`${RULES_KEY_PREFIX}${n}`, json.slice(at, at + CHUNK)]);
  return rows;
}

export interface CarriedJurisdiction {
  /** Null when the workbook carries no rules (made before they were carried) or they cannot be read. */
  readonly jurisdiction: Jurisdiction | null;
  readonly issues: readonly Issue[];
}

/** The jurisdiction as the workbook carries it, from its metadata (key → value). */
export function jurisdictionFromMeta(meta: ReadonlyMap<string, string>, file: string): CarriedJurisdiction {
  const chunks: string[] = [];
  for (let n = 1; meta.has(`${RULES_KEY_PREFIX}${n}`); n++) chunks.push(meta.get(`${RULES_KEY_PREFIX}${n}`) ?? '');
  if (chunks.length === 0) return { jurisdiction: null, issues: [] };
  const json = parseJsonText(chunks.join(''), file);
  const ctx: JsonContext = { file, issues: [] };
  if (!json.ok) return { jurisdiction: null, issues: [json.issue] };
  const raw = json.value;
  if (!isObject(raw) || raw['format'] !== RULES_FORMAT || raw['version'] !== RULES_VERSION) {
    return { jurisdiction: null, issues: [{ code: 'CONFIG_INVALID', severity: 'error', message: `The workbook's rules are of another format or version`, advice: 'Ask your steering committee for a fresh workbook', file }] };
  }
  const head = objectAt(ctx, raw['jurisdiction'], 'jurisdiction') ?? {};
  const period = objectAt(ctx, raw['planPeriod'], 'planPeriod') ?? {};
  const g = objectAt(ctx, raw['workGroup'], 'workGroup') ?? {};
  const settings = parseSettings(ctx, raw['settings'], 'settings');
  const group: WorkGroup = {
    id: stringField(ctx, g, 'id', 'workGroup'),
    name: stringField(ctx, g, 'name', 'workGroup'),
    capacities: stringList(ctx, g, 'capacities', 'workGroup'),
    dueDate: dateField(ctx, g, 'dueDate', 'workGroup'),
    facilitator: stringField(ctx, g, 'facilitator', 'workGroup', true),
    reporter: stringField(ctx, g, 'reporter', 'workGroup', true),
    members: stringList(ctx, g, 'members', 'workGroup', true),
  };
  const people: Stakeholder[] = (arrayAt(ctx, raw['people'], 'people') ?? []).flatMap((p, i) => {
    const o = objectAt(ctx, p, join('people', i));
    if (o === undefined) return [];
    const at = join('people', i);
    return [{ id: stringField(ctx, o, 'id', at), name: stringField(ctx, o, 'name', at), organisation: stringField(ctx, o, 'organisation', at, true), category: '', email: '', engagement: 'none', nextStep: '', nextStepOwner: '', joined: '', left: '', attended: [], orientation: [] }];
  });
  const jurisdiction: Jurisdiction = {
    formatVersion: JURISDICTION_FORMAT_VERSION,
    id: stringField(ctx, head, 'id', 'jurisdiction'),
    name: stringField(ctx, head, 'name', 'jurisdiction'),
    state: stringField(ctx, head, 'state', 'jurisdiction', true),
    submitTo: stringField(ctx, head, 'submitTo', 'jurisdiction', true),
    planPeriod: { start: dateField(ctx, period, 'start', 'planPeriod'), end: dateField(ctx, period, 'end', 'planPeriod') },
    firstMeeting: dateField(ctx, raw, 'firstMeeting', ''),
    workGroups: [group],
    stakeholders: people,
    settings,
  };
  return { jurisdiction: hasErrors(ctx.issues) ? null : jurisdiction, issues: ctx.issues };
}
