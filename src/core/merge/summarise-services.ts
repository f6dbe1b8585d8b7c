// The current-services inventory and the needed new services across all groups. The same service
// from the same provider, named by several groups with different case, spacing, punctuation or
// "Inc.", becomes one entry; needs are counted by the service type groups chose.

import type { CatalogueService } from '../defaults/service-catalogue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { NeedRow, ServiceRow } from '../layout/columns';
import { normalise } from '../submission/match-text';
import type { Submission } from '../submission/submission-types';
import type { NeedSummary, ServiceSummary } from './merge-types';
import { SERVICE_DIMENSIONS, mean } from './summarise-ratings';

const LEGAL_WORDS = new Set(['the', 'inc', 'incorporated', 'llc', 'ltd', 'corp', 'corporation', 'co', 'pc', 'pllc']);
/** At or below this average, a service "stands out" as hard to get or to reach. */
export const LOW_RATING = 2;

/** "Three Rivers Behavioral Health, Inc." and "three rivers  behavioral health" are one provider. */
export function organisationKey(name: string): string {
  return name.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '' && !LEGAL_WORDS.has(w)).join(' ');
}

interface Tagged<T> {
  readonly groupId: string;
  readonly capacity: string;
  readonly row: T;
}

function rowsOf<K extends 'services' | 'needs'>(submissions: readonly Submission[], key: K): Tagged<Submission['capacities'][number][K][number]>[] {
  return submissions.flatMap((s) => s.capacities.flatMap((c) => c[key].map((row) => ({ groupId: s.meta.workGroupId, capacity: c.capacity, row }))));
}

const unique = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v !== ''))].sort();

export function summariseServices(j: Jurisdiction, submissions: readonly Submission[]): ServiceSummary[] {
  const byName = new Map(j.settings.serviceCatalogue.map((s) => [normalise(s.name), s] as const));
  const groups = new Map<string, Tagged<ServiceRow>[]>();
  for (const t of rowsOf(submissions, 'services')) {
    const key = `${normalise(t.row.service ?? '')}|${organisationKey(t.row.provider)}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const out = [...groups.values()].map((rows) => summariseService(rows, byName));
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
  return {
    service: known?.name ?? first?.service ?? '',
    provider: first?.provider ?? '',
    category: known?.category ?? first?.category ?? '',
    catalogueId: known?.id ?? null,
    groups: unique(rows.map((r) => r.groupId)),
    capacities: unique(rows.map((r) => r.capacity)),
    coverage: unique(rows.map((r) => r.row.coverage)),
    // Groups describe the same service; the largest figure they give is the best estimate of its size.
    slots: slots.length === 0 ? null : Math.max(...slots),
    waitWeeks: waits.length === 0 ? null : Math.max(...waits),
    ...dims,
    concerns,
    comments: unique(rows.map((r) => r.row.comment)),
  };
}

export function summariseNeeds(j: Jurisdiction, submissions: readonly Submission[]): NeedSummary[] {
  const score = (p: string | null): number => {
    const i = p === null ? -1 : j.settings.priorities.indexOf(p);
    return i < 0 ? 0 : j.settings.priorities.length - i;
  };
  const groups = new Map<string, Tagged<NeedRow>[]>();
  for (const t of rowsOf(submissions, 'needs')) {
    const key = normalise(t.row.service ?? '') || `need:${normalise(t.row.need)}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const summaries = [...groups.values()].map((rows) => {
    const best = [...rows].sort((a, b) => score(b.row.priority) - score(a.row.priority))[0]?.row;
    const estimates = rows.map((r) => r.row.estimatedNumber).filter((n): n is number => n !== null);
    return {
      need: best?.need ?? '',
      service: best?.service ?? '',
      proposed: best?.proposed ?? '',
      groups: unique(rows.map((r) => r.groupId)),
      capacities: unique(rows.map((r) => r.capacity)),
      priority: best?.priority ?? '',
      // Groups often estimate the same families; the largest estimate avoids counting them twice.
      estimatedNumber: estimates.length === 0 ? null : Math.max(...estimates),
      evidence: unique(rows.map((r) => r.row.evidence)),
      partners: unique(rows.map((r) => r.row.partners)),
      score: score(best?.priority ?? null),
    };
  });
  summaries.sort((a, b) => b.groups.length - a.groups.length || b.score - a.score || b.capacities.length - a.capacities.length || a.need.localeCompare(b.need));
  return summaries.map(({ score: _score, ...rest }, i) => ({ rank: i + 1, ...rest }));
}
