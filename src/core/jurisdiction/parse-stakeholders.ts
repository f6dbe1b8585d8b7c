// The "stakeholders" list of a jurisdiction file: the Collaborative's roster. Every field beyond
// id, name and category is optional, so files written before the roster fields still read the same.

import { ENGAGEMENT_COLOURS, type EngagementColour } from '../defaults/stakeholders';
import { isIsoDate } from '../dates';
import { meetingCalendar, meetingForDate } from '../merge/meetings';
import type { Meeting } from '../merge/merge-types';
import type { Settings, Stakeholder } from './jurisdiction-types';
import { arrayAt, checkKeys, checkUniqueIds, join, objectAt, report, stringField, type JsonContext, type JsonObject } from './json-fields';

export const STAKEHOLDER_KEYS = ['id', 'name', 'organisation', 'category', 'email', 'engagement', 'nextStep', 'nextStepOwner', 'joined', 'left', 'attended', 'orientation'];

export function parseStakeholders(ctx: JsonContext, value: unknown, settings: Settings, firstMeeting: string): Stakeholder[] {
  const list = arrayAt(ctx, value, 'stakeholders') ?? [];
  const calendar = isIsoDate(firstMeeting) ? meetingCalendar(firstMeeting) : [];
  const out: Stakeholder[] = [];
  list.forEach((raw, i) => {
    const p = join('stakeholders', i);
    const o = objectAt(ctx, raw, p);
    if (o !== undefined) out.push(parseStakeholder(ctx, o, p, settings, calendar));
  });
  checkUniqueIds(ctx, out.map((s) => s.id), 'stakeholders', 'stakeholder');
  return out;
}

function parseStakeholder(ctx: JsonContext, o: JsonObject, p: string, settings: Settings, calendar: readonly Meeting[]): Stakeholder {
  checkKeys(ctx, o, p, STAKEHOLDER_KEYS);
  const categories = settings.stakeholderCategories.map((c) => c.id);
  const category = stringField(ctx, o, 'category', p);
  if (category !== '' && !categories.includes(category)) {
    report(ctx, join(p, 'category'), `Unknown stakeholder category "${category}"`, `Use one of: ${categories.join(', ')}`);
  }
  const engagement = stringField(ctx, o, 'engagement', p, true) || 'none';
  if (!(ENGAGEMENT_COLOURS as readonly string[]).includes(engagement)) {
    report(ctx, join(p, 'engagement'), `Engagement must be one of ${ENGAGEMENT_COLOURS.join(', ')}, got "${engagement}"`);
  }
  const joined = optionalDate(ctx, o, 'joined', p);
  const left = optionalDate(ctx, o, 'left', p);
  if (joined !== '' && left !== '' && left < joined) report(ctx, join(p, 'left'), `Must not come before joined (${joined}), got ${left}`);
  return {
    id: stringField(ctx, o, 'id', p),
    name: stringField(ctx, o, 'name', p),
    organisation: stringField(ctx, o, 'organisation', p, true),
    category,
    email: stringField(ctx, o, 'email', p, true),
    engagement: engagement as EngagementColour,
    nextStep: stringField(ctx, o, 'nextStep', p, true),
    nextStepOwner: stringField(ctx, o, 'nextStepOwner', p, true),
    joined,
    left,
    attended: parseAttended(ctx, o['attended'], join(p, 'attended'), calendar),
    orientation: parseOrientation(ctx, o['orientation'], join(p, 'orientation'), settings),
  };
}

function optionalDate(ctx: JsonContext, o: JsonObject, key: string, p: string): string {
  const value = o[key];
  if (value === undefined || value === '') return '';
  if (typeof value === 'string' && isIsoDate(value)) return value;
  report(ctx, join(p, key), `Must be a date written yyyy-mm-dd, got ${JSON.stringify(value)}`);
  return '';
}

/** Meeting numbers, or the dates the meetings were held on (matched to the calendar). */
export function resolveAttendance(item: unknown, calendar: readonly Meeting[]): { number: number } | { problem: string } {
  if (typeof item === 'number' && Number.isInteger(item)) {
    return calendar.some((m) => m.number === item) ? { number: item } : { problem: `Meeting number must be 1 to ${calendar.length}, got ${item}` };
  }
  const text = typeof item === 'string' ? item.trim() : '';
  if (/^\d{1,2}$/.test(text)) return resolveAttendance(Number(text), calendar);
  if (!isIsoDate(text)) return { problem: `Must be a meeting number or a date written yyyy-mm-dd, got ${JSON.stringify(item)}` };
  const m = meetingForDate(calendar, text);
  return m === null ? { problem: `No calendar meeting falls within a month of ${text}` } : { number: m.number };
}

function parseAttended(ctx: JsonContext, value: unknown, path: string, calendar: readonly Meeting[]): number[] {
  if (value === undefined) return [];
  const list = arrayAt(ctx, value, path) ?? [];
  const out = new Set<number>();
  list.forEach((item, i) => {
    const r = resolveAttendance(item, calendar);
    if ('problem' in r) report(ctx, join(path, i), r.problem, 'List the meetings attended by number (1 = first meeting) or date');
    else out.add(r.number);
  });
  return [...out].sort((a, b) => a - b);
}

function parseOrientation(ctx: JsonContext, value: unknown, path: string, settings: Settings): number[] {
  if (value === undefined) return [];
  const list = arrayAt(ctx, value, path) ?? [];
  const known = settings.orientationModules.map((m) => m.number);
  const out = new Set<number>();
  list.forEach((item, i) => {
    if (typeof item === 'number' && known.includes(item)) out.add(item);
    else report(ctx, join(path, i), `Orientation module must be one of ${known.join(', ')}, got ${JSON.stringify(item)}`);
  });
  return [...out].sort((a, b) => a - b);
}
