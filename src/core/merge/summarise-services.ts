// The current-services inventory and the needed new services across all groups. The same service
// from the same provider, named by several groups with different case, spacing, punctuation or
// "Inc.", becomes one entry that lists every row it came from; needs are counted by the service type
// groups chose. A name that normalises to nothing (only symbols) never matches another.

import type { CatalogueService } from '../defaults/service-catalogue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { NeedRow, ServiceRow } from '../layout/columns';
import { sheetNameFor } from '../layout/sheet-names';
import { normalise } from '../submission/match-text';
import type { Submission } from '../submission/submission-types';
import type { NeedSummary, RowSource, ServiceRating, ServiceSummary } from './merge-types';
import { SERVICE_DIMENSIONS, mean } from './summarise-ratings';

const LEGAL_WORDS = new Set(['the', 'inc', 'incorporated', 'llc', 'ltd', 'corp', 'corporation', 'co', 'pc', 'pllc']);
const SERVICE_RATINGS = [...SERVICE_DIMENSIONS, 'cultural', 'evidenceBase'] as const satisfies readonly ServiceRating[];
/** At or below this average, a service "stands out" as hard to get or to reach. */
export const LOW_RATING = 2;

/** "Three Rivers Behavioral Health, Inc." and "three rivers  behavioral health" are one provider; so are "华人互助会" and "华人互助会 ". */
export function organisationKey(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !LEGAL_WORDS.has(w)).join(' ');
  return name
    .normalize('NFKC')
    .toUpperCase()
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '' && !LEGAL_WORDS.has(w))
    .join(' ');
}

export interface Tagged<T> {
  readonly source: RowSource;
  readonly capacity: string;
  readonly row: T;
}

export function rowsOf<K extends 'services' | 'needs'>(submissions: readonly Submission[], key: K): Tagged<Submission['capacities'][number][K][number]>[] {
  return submissions.flatMap((s) =>
    s.capacities.flatMap((c) => {
      const sheet = sheetNameFor(key, c.capacity);
      return c[key].map((row) => ({ source: { groupId: s.meta.workGroupId, file: s.file, sheet, row: row.row }, capacity: c.capacity, row }));
    }),
  );
}

/** Distinct non-blank texts, each as written, in the order first seen: the first group's wording leads. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const v of values) if (v !== '') seen.add(v);
  return [...seen];
}
const sortedUnique = (values: readonly string[]): string[] => distinct(values).sort();

/** Rows grouped by a key; a blank key makes a group of its own, as it matches nothing. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  rows.forEach((row, i) => {
    const key = keyOf(row) || `\u0000${i}`;
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [row]);
    else list.push(row);
  });
  return [...groups.values()];
}

export function summariseServices(j: Jurisdiction, submissions: readonly Submission[]): ServiceSummary[] {
  const byName = new Map(j.settings.serviceCatalogue.map((s) => [normalise(s.name), s] as const));
  // Statewide, the same few hundred providers are named thousands of times.
  const providers = new Map<string, string>();
  const providerKey = (name: string): string => {
    let key = providers.get(name);
    if (key === undefined) providers.set(name, (key = organisationKey(name)));
    return key;
  };
  const serviceKey = (t: Tagged<ServiceRow>): string => {
    const service = normalise(t.row.service ?? '');
    const provider = providerKey(t.row.provider);
    return service === '' || provider === '' ? '' : `${service}|${provider}`;
  };
  const out = groupBy(rowsOf(submissions, 'services'), serviceKey).map((rows) => summariseService(rows, byName));
  return out.sort((a, b) => a.category.localeCompare(b.category) || a.service.localeCompare(b.service) || a.provider.localeCompare(b.provider));
}

function summariseService(rows: readonly Tagged<ServiceRow>[], byName: ReadonlyMap<string, CatalogueService>): ServiceSummary {
  const first = rows[0]?.row;
  const known = byName.get(normalise(first?.service ?? ''));
  const dims = Object.fromEntries(SERVICE_DIMENSIONS.map((d) => [d, mean(rows.map((r) => r.row[d]))])) as Record<(typeof SERVICE_DIMENSIONS)[number], number | null>;
  const concerns = (['availability', 'accessibility'] as const).filter((d) => dims[d] !== null && (dims[d] ?? 5) <= LOW_RATING).map((d) => `low ${d} (${dims[d]})`);
  const numbers = (pick: (r: ServiceRow) => number | null): number[] => rows.map((r) => pick(r.row)).filter((n): n is number => n !== null);
  const slots = numbers((r) => r.slots);
  const waits = numbers((r) => r.waitWeeks);
  const texts = (pick: (r: ServiceRow) => string): string[] => distinct(rows.map((r) => pick(r.row)));
  return {
    service: known?.name ?? first?.service ?? '',
    provider: first?.provider ?? '',
    category: known?.category ?? first?.category ?? '',
    catalogueId: known?.id ?? null,
    groups: sortedUnique(rows.map((r) => r.source.groupId)),
    capacities: sortedUnique(rows.map((r) => r.capacity)),
    coverage: texts((r) => r.coverage),
    population: texts((r) => r.population),
    funding: texts((r) => r.funding),
    // Groups describe the same service; the largest figure they give is the best estimate of its size.
    slots: slots.length === 0 ? null : Math.max(...slots),
    waitWeeks: waits.length === 0 ? null : Math.max(...waits),
    ...dims,
    cultural: mean(rows.map((r) => r.row.cultural)),
    evidenceBase: mean(rows.map((r) => r.row.evidenceBase)),
    dontKnow: SERVICE_RATINGS.filter((d) => rows.some((r) => r.row[d] === 'DK') && rows.every((r) => typeof r.row[d] !== 'number')),
    concerns,
    comments: texts((r) => r.comment),
    sources: rows.map((r) => r.source),
  };
}

export function summariseNeeds(j: Jurisdiction, submissions: readonly Submission[]): NeedSummary[] {
  const score = (p: string | null): number => {
    const i = p === null ? -1 : j.settings.priorities.indexOf(p);
    return i < 0 ? 0 : j.settings.priorities.length - i;
  };
  const needKey = (t: Tagged<NeedRow>): string => {
    const service = normalise(t.row.service ?? '');
    if (service !== '') return service;
    const need = normalise(t.row.need);
    return need === '' ? '' : `need:${need}`;
  };
  const summaries = groupBy(rowsOf(submissions, 'needs'), needKey).map((rows) => {
    // Highest priority first (stable: the first group's wording leads among equals).
    const ranked = [...rows].sort((a, b) => score(b.row.priority) - score(a.row.priority));
    const best = ranked[0]?.row;
    const estimates = rows.map((r) => r.row.estimatedNumber).filter((n): n is number => n !== null);
    const texts = (pick: (r: NeedRow) => string): string[] => distinct(ranked.map((r) => pick(r.row)));
    return {
      needs: texts((r) => r.need),
      service: best?.service ?? '',
      proposed: texts((r) => r.proposed),
      groups: sortedUnique(rows.map((r) => r.source.groupId)),
      capacities: sortedUnique(rows.map((r) => r.capacity)),
      priority: best?.priority ?? '',
      // Groups often estimate the same families; the largest estimate avoids counting them twice.
      estimatedNumber: estimates.length === 0 ? null : Math.max(...estimates),
      evidence: texts((r) => r.evidence),
      partners: texts((r) => r.partners),
      population: texts((r) => r.population),
      funding: texts((r) => r.funding),
      sources: rows.map((r) => r.source),
      score: score(best?.priority ?? null),
    };
  });
  summaries.sort((a, b) => b.groups.length - a.groups.length || b.score - a.score || b.capacities.length - a.capacities.length || (a.needs[0] ?? '').localeCompare(b.needs[0] ?? ''));
  return summaries.map(({ score: _score, ...rest }, i) => ({ rank: i + 1, ...rest }));
}
