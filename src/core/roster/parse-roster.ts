// A roster the steering committee already keeps (CSV or a workbook sheet), as text rows with their
// line numbers, to stakeholders and work-group assignments. Headers are matched loosely through
// aliases; every bad value is an Issue naming the line and column, and the row is still kept.

import { parseDateText } from '../dates';
import { ENGAGEMENT_COLOURS, WORK_GROUP_ROLES, type EngagementColour, type WorkGroupRole } from '../defaults/stakeholders';
import type { Issue } from '../issue';
import type { Jurisdiction, Stakeholder } from '../jurisdiction/jurisdiction-types';
import { resolveAttendance } from '../jurisdiction/parse-stakeholders';
import { meetingCalendar } from '../merge/meetings';
import { normalise } from '../submission/match-text';
import type { Assignment } from './roster-types';

export interface RosterRow {
  /** 1-based line (CSV) or sheet row. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface ParsedRoster {
  readonly people: Stakeholder[];
  /** Null when the roster has no work-group column: the jurisdiction file's groups then apply. */
  readonly assignments: Map<string, Assignment[]> | null;
  readonly issues: Issue[];
}

const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'member id', 'stakeholder id'],
  name: ['name', 'full name', 'member', 'member name'],
  organisation: ['organisation', 'organization', 'agency', 'org'],
  category: ['category', 'stakeholder category', 'membership category', 'sector'],
  email: ['email', 'e-mail', 'email address'],
  workGroup: ['work group', 'workgroup', 'group', 'wg'],
  role: ['role', 'work group role'],
  engagement: ['engagement', 'engagement colour', 'engagement color', 'colour', 'color', 'dot'],
  nextStep: ['next step', 'engagement next step'],
  nextStepOwner: ['next step owner', 'owner', 'who'],
  joined: ['joined', 'date joined', 'start'],
  left: ['left', 'date left', 'end'],
  attended: ['attended', 'meetings attended', 'attendance'],
  orientation: ['orientation', 'orientation modules', 'modules'],
};

export function parseRoster(header: readonly string[], rows: readonly RosterRow[], j: Jurisdiction, file: string, headerLine = 1): ParsedRoster {
  const issues: Issue[] = [];
  const columns = new Map<string, number>();
  header.forEach((h, i) => {
    const key = Object.keys(ALIASES).find((k) => ALIASES[k]?.some((a) => normalise(a) === normalise(h)));
    if (key !== undefined && !columns.has(key)) columns.set(key, i);
  });
  for (const need of ['name', 'category']) {
    if (!columns.has(need)) issues.push({ code: 'ROSTER_COLUMN_MISSING', severity: 'error', message: `The roster needs a "${need}" column, got the headers ${header.map((h) => `"${h}"`).join(', ')}`, advice: `Add a column headed "${need}"`, file, row: headerLine });
  }
  if (issues.length > 0) return { people: [], assignments: null, issues };
  const ctx = { j, file, issues, calendar: meetingCalendar(j.firstMeeting) };
  const people: Stakeholder[] = [];
  const assignments = columns.has('workGroup') ? new Map<string, Assignment[]>() : null;
  for (const row of rows) {
    const get = (key: string): string => {
      const c = columns.get(key);
      return c === undefined ? '' : (row.cells[c] ?? '').trim();
    };
    if (row.cells.every((c) => c.trim() === '')) continue;
    const person = parsePerson(get, row.line, ctx);
    if (people.some((p) => p.id.toLowerCase() === person.id.toLowerCase())) {
      problem(ctx, row.line, 'id', `Duplicate member id "${person.id}": every member needs their own id`, 'Give the member a unique id');
      continue;
    }
    people.push(person);
    if (assignments !== null) assignments.set(person.id, parseAssignments(get('workGroup'), get('role'), row.line, ctx));
  }
  return { people, assignments, issues };
}

interface Ctx {
  readonly j: Jurisdiction;
  readonly file: string;
  readonly issues: Issue[];
  readonly calendar: ReturnType<typeof meetingCalendar>;
}

function problem(ctx: Ctx, line: number, column: string, message: string, advice: string): void {
  ctx.issues.push({ code: 'ROSTER_VALUE_INVALID', severity: 'error', message, advice, file: ctx.file, row: line, column });
}

function parsePerson(get: (key: string) => string, line: number, ctx: Ctx): Stakeholder {
  const name = get('name');
  if (name === '') problem(ctx, line, 'name', 'Name is required on a filled row, got nothing', 'Type the member\'s name or clear the row');
  const categories = ctx.j.settings.stakeholderCategories;
  const typed = get('category');
  const category = categories.find((c) => normalise(c.id) === normalise(typed) || normalise(c.label) === normalise(typed))?.id ?? '';
  if (category === '') problem(ctx, line, 'category', `Category must be one of ${categories.map((c) => c.id).join(', ')}, got "${typed}"`, 'Use a category id or its label from the jurisdiction file');
  const colour = normalise(get('engagement'));
  const engagement = colour === '' || colour === 'nodot' || colour === 'no' ? 'none' : colour;
  if (!(ENGAGEMENT_COLOURS as readonly string[]).includes(engagement)) problem(ctx, line, 'engagement', `Engagement must be green, yellow, red or none, got "${get('engagement')}"`, 'Leave it blank for no dot yet');
  return {
    id: get('id') || `m${String(line).padStart(3, '0')}`,
    name,
    organisation: get('organisation'),
    category,
    email: get('email'),
    engagement: ((ENGAGEMENT_COLOURS as readonly string[]).includes(engagement) ? engagement : 'none') as EngagementColour,
    nextStep: get('nextStep'),
    nextStepOwner: get('nextStepOwner'),
    joined: date(get('joined'), line, 'joined', ctx),
    left: date(get('left'), line, 'left', ctx),
    attended: list(get('attended')).flatMap((item) => {
      const iso = parseDateText(item);
      const r = resolveAttendance(iso ?? item, ctx.calendar);
      if ('number' in r) return [r.number];
      problem(ctx, line, 'attended', r.problem, 'List meeting numbers (1 = first meeting) or dates, separated by ";"');
      return [];
    }),
    orientation: list(get('orientation')).flatMap((item) => {
      const n = Number(item);
      if (ctx.j.settings.orientationModules.some((m) => m.number === n)) return [n];
      problem(ctx, line, 'orientation', `Orientation module must be a number from 1 to ${ctx.j.settings.orientationModules.length}, got "${item}"`, 'List module numbers separated by ";"');
      return [];
    }),
  };
}

function list(text: string): string[] {
  return text.split(/[;,]/).map((t) => t.trim()).filter((t) => t !== '');
}

function date(text: string, line: number, column: string, ctx: Ctx): string {
  if (text === '') return '';
  const iso = parseDateText(text);
  if (iso === null) problem(ctx, line, column, `Must be a date, got "${text}"`, 'Type the date as 2027-03-31 or 3/31/2027');
  return iso ?? '';
}

function parseAssignments(groups: string, roles: string, line: number, ctx: Ctx): Assignment[] {
  const roleList = list(roles);
  return list(groups).flatMap((typed, i) => {
    const g = ctx.j.workGroups.find((w) => normalise(w.id) === normalise(typed) || normalise(w.name) === normalise(typed));
    if (g === undefined) {
      problem(ctx, line, 'workGroup', `Work group must be one of ${ctx.j.workGroups.map((w) => w.id).join(', ')}, got "${typed}"`, 'Use the work group id from the jurisdiction file');
      return [];
    }
    const role = normalise(roleList[i] ?? roleList[0] ?? 'member');
    if (!(WORK_GROUP_ROLES as readonly string[]).includes(role)) {
      problem(ctx, line, 'role', `Role must be facilitator, reporter or member, got "${roleList[i] ?? ''}"`, 'Leave it blank for member');
      return [{ groupId: g.id, role: 'member' as WorkGroupRole }];
    }
    return [{ groupId: g.id, role: role as WorkGroupRole }];
  });
}
