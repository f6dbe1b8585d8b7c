// The optional "settings" block of a jurisdiction file: each [default] list may be replaced whole.
// What is not given keeps the default from src/core/defaults/.

import { DEFAULT_CAPACITIES, type Capacity } from '../defaults/capacities';
import { DEFAULT_RATING_SCALE, type RatingLevel, type RatingScale } from '../defaults/rating-scale';
import { DEFAULT_LEADERSHIP_ITEMS, DEFAULT_PRACTICE_ITEMS, type AssessmentItem } from '../defaults/assessment-items';
import {
  DEFAULT_SERVICE_CATALOGUE,
  SERVICE_CATEGORIES,
  type CatalogueService,
  type ServiceCategory,
} from '../defaults/service-catalogue';
import { DEFAULT_STAKEHOLDER_CATEGORIES, type StakeholderCategory } from '../defaults/stakeholders';
import { DEFAULT_PLAN_STATUSES, DEFAULT_PRIORITIES } from '../defaults/plan-vocabulary';
import { DEFAULT_ORIENTATION_MODULES, DEFAULT_ROSTER_RULES, type RosterRules } from '../defaults/orientation-modules';
import { DEFAULT_ENGAGEMENT_RULES, type EngagementRules } from '../engagement/vocabulary';
import type { RowCounts, Settings } from './jurisdiction-types';
import {
  arrayAt,
  checkKeys,
  checkUniqueIds,
  intField,
  join,
  objectAt,
  report,
  stringField,
  stringList,
  type JsonContext,
  type JsonObject,
} from './json-fields';

export const DEFAULT_ROWS: RowCounts = { services: 40, needs: 20, conclusions: 20, actionSteps: 30, otherItems: 5 };

export const SETTINGS_KEYS = [
  'capacities',
  'ratingScale',
  'practiceItems',
  'leadershipItems',
  'serviceCatalogue',
  'stakeholderCategories',
  'planStatuses',
  'priorities',
  'rows',
  'orientationModules',
  'roster',
  'engagement',
];

export const DEFAULT_SETTINGS: Settings = {
  capacities: DEFAULT_CAPACITIES,
  ratingScale: DEFAULT_RATING_SCALE,
  practiceItems: DEFAULT_PRACTICE_ITEMS,
  leadershipItems: DEFAULT_LEADERSHIP_ITEMS,
  serviceCatalogue: DEFAULT_SERVICE_CATALOGUE,
  stakeholderCategories: DEFAULT_STAKEHOLDER_CATEGORIES,
  planStatuses: DEFAULT_PLAN_STATUSES,
  priorities: DEFAULT_PRIORITIES,
  rows: DEFAULT_ROWS,
  orientationModules: DEFAULT_ORIENTATION_MODULES,
  roster: DEFAULT_ROSTER_RULES,
  engagement: DEFAULT_ENGAGEMENT_RULES,
};

export function parseSettings(ctx: JsonContext, value: unknown, path: string): Settings {
  if (value === undefined) return DEFAULT_SETTINGS;
  const obj = objectAt(ctx, value, path);
  if (obj === undefined) return DEFAULT_SETTINGS;
  checkKeys(ctx, obj, path, SETTINGS_KEYS);
  const list = <T>(key: string, fallback: readonly T[], parse: (o: JsonObject, p: string) => T): readonly T[] =>
    obj[key] === undefined ? fallback : parseList(ctx, obj[key], join(path, key), parse);
  const capacities = list('capacities', DEFAULT_CAPACITIES, (o, p) => parseCapacity(ctx, o, p));
  checkUniqueIds(ctx, capacities.map((c) => c.id), join(path, 'capacities'), 'capacity');
  const item = (o: JsonObject, p: string): AssessmentItem => parseItem(ctx, o, p);
  return {
    capacities,
    ratingScale: obj['ratingScale'] === undefined ? DEFAULT_RATING_SCALE : parseRatingScale(ctx, obj['ratingScale'], join(path, 'ratingScale')),
    practiceItems: list('practiceItems', DEFAULT_PRACTICE_ITEMS, item),
    leadershipItems: list('leadershipItems', DEFAULT_LEADERSHIP_ITEMS, item),
    serviceCatalogue: list('serviceCatalogue', DEFAULT_SERVICE_CATALOGUE, (o, p) => parseService(ctx, o, p)),
    stakeholderCategories: list('stakeholderCategories', DEFAULT_STAKEHOLDER_CATEGORIES, (o, p) => ({
      id: stringField(ctx, o, 'id', p),
      label: stringField(ctx, o, 'label', p),
    })) as readonly StakeholderCategory[],
    planStatuses: obj['planStatuses'] === undefined ? DEFAULT_PLAN_STATUSES : stringList(ctx, obj, 'planStatuses', path),
    priorities: obj['priorities'] === undefined ? DEFAULT_PRIORITIES : stringList(ctx, obj, 'priorities', path),
    rows: parseRows(ctx, obj['rows'], join(path, 'rows')),
    orientationModules: list('orientationModules', DEFAULT_ORIENTATION_MODULES, (o, p) => {
      checkKeys(ctx, o, p, ['number', 'title']);
      return { number: intField(ctx, o, 'number', p, 1, 99) ?? 0, title: stringField(ctx, o, 'title', p) };
    }),
    roster: parseRosterRules(ctx, obj['roster'], join(path, 'roster')),
    engagement: parseEngagementRules(ctx, obj['engagement'], join(path, 'engagement')),
  };
}

function parseList<T>(ctx: JsonContext, value: unknown, path: string, parse: (o: JsonObject, p: string) => T): T[] {
  const items = arrayAt(ctx, value, path) ?? [];
  if (items.length === 0) report(ctx, path, 'Must list at least one entry', 'Remove the field to use the default list');
  const out: T[] = [];
  items.forEach((raw, i) => {
    const obj = objectAt(ctx, raw, join(path, i));
    if (obj !== undefined) out.push(parse(obj, join(path, i)));
  });
  return out;
}

function parseCapacity(ctx: JsonContext, o: JsonObject, p: string): Capacity {
  checkKeys(ctx, o, p, ['id', 'label', 'outcome']);
  const id = stringField(ctx, o, 'id', p);
  // Capacity ids prefix sheet names ("S1 Practice"), so keep them short and sheet-safe.
  if (id !== '' && !/^[A-Za-z][A-Za-z0-9]{0,5}$/.test(id)) {
    report(ctx, join(p, 'id'), `Capacity id must be 1-6 letters or digits starting with a letter, got "${id}"`);
  }
  return { id, label: stringField(ctx, o, 'label', p), outcome: stringField(ctx, o, 'outcome', p, true) };
}

function parseItem(ctx: JsonContext, o: JsonObject, p: string): AssessmentItem {
  checkKeys(ctx, o, p, ['id', 'label', 'prompt', 'capacities']);
  return {
    id: stringField(ctx, o, 'id', p),
    label: stringField(ctx, o, 'label', p),
    prompt: stringField(ctx, o, 'prompt', p, true),
    capacities: stringList(ctx, o, 'capacities', p, true),
  };
}

function parseService(ctx: JsonContext, o: JsonObject, p: string): CatalogueService {
  checkKeys(ctx, o, p, ['id', 'name', 'group', 'category', 'capacities']);
  const category = stringField(ctx, o, 'category', p);
  if (category !== '' && !SERVICE_CATEGORIES.includes(category as ServiceCategory)) {
    report(ctx, join(p, 'category'), `Category must be one of ${SERVICE_CATEGORIES.join(', ')}, got "${category}"`);
  }
  return {
    id: stringField(ctx, o, 'id', p),
    name: stringField(ctx, o, 'name', p),
    group: stringField(ctx, o, 'group', p, true),
    category: category as ServiceCategory,
    capacities: stringList(ctx, o, 'capacities', p, true),
  };
}

function parseRatingScale(ctx: JsonContext, value: unknown, path: string): RatingScale {
  const obj = objectAt(ctx, value, path);
  if (obj === undefined) return DEFAULT_RATING_SCALE;
  checkKeys(ctx, obj, path, ['levels', 'dontKnow']);
  const levels = parseList<RatingLevel>(ctx, obj['levels'], join(path, 'levels'), (o, p) => ({
    value: intField(ctx, o, 'value', p, 1, 10) ?? 0,
    label: stringField(ctx, o, 'label', p),
    meaning: stringField(ctx, o, 'meaning', p, true),
  }));
  levels.forEach((level, i) => {
    if (level.value !== i + 1) report(ctx, join(join(join(path, 'levels'), i), 'value'), `Levels must count 1, 2, 3… in order, got ${level.value} at place ${i + 1}`);
  });
  return { levels, dontKnow: stringField(ctx, obj, 'dontKnow', path) };
}

function parseRows(ctx: JsonContext, value: unknown, path: string): RowCounts {
  if (value === undefined) return DEFAULT_ROWS;
  const obj = objectAt(ctx, value, path);
  if (obj === undefined) return DEFAULT_ROWS;
  const keys = Object.keys(DEFAULT_ROWS) as (keyof RowCounts)[];
  checkKeys(ctx, obj, path, keys);
  const rows: Record<keyof RowCounts, number> = { ...DEFAULT_ROWS };
  for (const key of keys) rows[key] = intField(ctx, obj, key, path, 0, 500) ?? DEFAULT_ROWS[key];
  return rows;
}

function parseRosterRules(ctx: JsonContext, value: unknown, path: string): RosterRules {
  if (value === undefined) return DEFAULT_ROSTER_RULES;
  const obj = objectAt(ctx, value, path);
  if (obj === undefined) return DEFAULT_ROSTER_RULES;
  checkKeys(ctx, obj, path, ['thinBelow', 'atRiskMissed']);
  return {
    thinBelow: intField(ctx, obj, 'thinBelow', path, 1, 50) ?? DEFAULT_ROSTER_RULES.thinBelow,
    atRiskMissed: intField(ctx, obj, 'atRiskMissed', path, 1, 12) ?? DEFAULT_ROSTER_RULES.atRiskMissed,
  };
}

function parseEngagementRules(ctx: JsonContext, value: unknown, path: string): EngagementRules {
  if (value === undefined) return DEFAULT_ENGAGEMENT_RULES;
  const obj = objectAt(ctx, value, path);
  if (obj === undefined) return DEFAULT_ENGAGEMENT_RULES;
  checkKeys(ctx, obj, path, ['feedbackDays', 'contactDays', 'methods']);
  const d = DEFAULT_ENGAGEMENT_RULES;
  return {
    feedbackDays: intField(ctx, obj, 'feedbackDays', path, 1, 365) ?? d.feedbackDays,
    contactDays: intField(ctx, obj, 'contactDays', path, 1, 730) ?? d.contactDays,
    methods: obj['methods'] === undefined ? d.methods : stringList(ctx, obj, 'methods', path),
  };
}
