// One Service Array Assessment Report per capacity, following its seven sections: the Executive
// Summary is left for people to write; the rest is drawn from the Snapshot and the submissions.

import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { RatedItemRow } from '../layout/columns';
import type { Submission } from '../submission/submission-types';
import type { CapacityReport, ItemFindings, ServiceSummary } from './merge-types';
import { mean } from './summarise-ratings';

/** Indicators from a Snapshot, already chosen for each capacity: label and value as shown. */
export type DataOverview = ReadonlyMap<string, readonly (readonly [string, string])[]>;

const SHOWN = 3;

export function buildCapacityReports(
  j: Jurisdiction,
  chosen: ReadonlyMap<string, Submission>,
  services: readonly ServiceSummary[],
  data: DataOverview | null,
): CapacityReport[] {
  return j.settings.capacities.map((capacity) => {
    // Usually one group assesses a capacity; in a statewide merge several regions may, and are pooled.
    const owners = j.workGroups.filter((g) => g.capacities.includes(capacity.id));
    const received = owners.flatMap((g) => {
      const s = chosen.get(g.id);
      return s === undefined ? [] : [s];
    });
    const assessed = received.flatMap((s) => s.capacities.filter((c) => c.capacity === capacity.id));
    const conclusions = received.flatMap((s) => s.conclusions.filter((c) => c.capacity === capacity.id));
    return {
      capacity: capacity.id,
      label: capacity.label,
      outcome: capacity.outcome,
      groups: owners.map((g) => g.id),
      received: received.length,
      dataOverview: data?.get(capacity.id) ?? [],
      practice: findings(assessed.flatMap((c) => c.practice)),
      leadership: findings(assessed.flatMap((c) => c.leadership)),
      services: {
        listed: assessed.reduce((n, c) => n + c.services.length, 0),
        lowRated: services.filter((s) => s.capacities.includes(capacity.id) && s.concerns.length > 0).map((s) => `${s.service} (${s.provider}): ${s.concerns.join(', ')}`),
      },
      needs: assessed.flatMap((c) => c.needs.map((n) => ({ need: n.need, priority: n.priority ?? '' }))),
      strengths: conclusions.filter((c) => c.kind === 'Strength').map((c) => c.finding),
      gaps: conclusions.filter((c) => c.kind === 'Gap').map((c) => c.finding),
    };
  });
}

function findings(items: readonly RatedItemRow[]): ItemFindings {
  const rated = items.filter((i): i is RatedItemRow & { rating: number } => typeof i.rating === 'number');
  const byRating = [...rated].sort((a, b) => b.rating - a.rating || a.item.localeCompare(b.item));
  const describe = (i: RatedItemRow & { rating: number }): string => `${i.item} (${i.rating})`;
  return {
    rated: items.filter((i) => i.rating !== null).length,
    total: items.length,
    mean: mean(items.map((i) => i.rating)),
    strongest: byRating.filter((i) => i.rating >= 3).slice(0, SHOWN).map(describe),
    weakest: byRating.filter((i) => i.rating <= 2).reverse().slice(0, SHOWN).map(describe),
  };
}
