// One Service Array Assessment Report per capacity, following its seven sections: the Executive
// Summary is people's to write (and carried from merge to merge once written); the rest is drawn
// from the Snapshot and the submissions — every evidence, comment, need and conclusion, attributed.

import { ASSESSMENTS } from '../assessments';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { RatedItemRow } from '../layout/columns';
import type { Submission } from '../submission/submission-types';
import type { CapacityReport, ItemFindings, ReportConclusion, ReportItem, ServiceSummary } from './merge-types';
import { mean } from './summarise-ratings';

/** Indicators from a Snapshot, already chosen for each capacity: label and value as shown. */
export type DataOverview = ReadonlyMap<string, readonly (readonly [string, string])[]>;

const SHOWN = 3;

/** A rated item with the group that rated it. */
interface Owned {
  readonly groupId: string;
  readonly row: RatedItemRow;
}

export function buildCapacityReports(
  j: Jurisdiction,
  chosen: ReadonlyMap<string, Submission>,
  services: readonly ServiceSummary[],
  data: DataOverview | null,
  executiveSummaries: ReadonlyMap<string, string> = new Map(),
): CapacityReport[] {
  const dontKnow = j.settings.ratingScale.dontKnow;
  return j.settings.capacities.map((capacity) => {
    // Usually one group assesses a capacity; in a statewide merge several regions may, and are pooled.
    const owners = j.workGroups.filter((g) => g.capacities.includes(capacity.id));
    const received = owners.flatMap((g) => {
      const s = chosen.get(g.id);
      return s === undefined ? [] : [{ groupId: g.id, s }];
    });
    const assessed = received.flatMap(({ groupId, s }) => s.capacities.filter((c) => c.capacity === capacity.id).map((c) => ({ groupId, c })));
    const items = (key: 'practice' | 'leadership'): ItemFindings =>
      findings(
        assessed.flatMap(({ groupId, c }) => c[key].map((row) => ({ groupId, row }))),
        assessed.reduce((n, { c }) => n + c.missingItems[key].length, 0),
        dontKnow,
      );
    const conclusions: ReportConclusion[] = received.flatMap(({ groupId, s }) =>
      s.conclusions
        .filter((c) => c.capacity === capacity.id)
        .map((c) => ({ groupId, kind: c.kind ?? '', finding: c.finding, assessment: ASSESSMENTS.find((a) => a.id === c.assessment)?.short ?? c.assessment ?? '', evidence: c.evidence })),
    );
    return {
      capacity: capacity.id,
      label: capacity.label,
      outcome: capacity.outcome,
      groups: owners.map((g) => g.id),
      received: received.length,
      executiveSummary: executiveSummaries.get(capacity.id) ?? '',
      dataOverview: data?.get(capacity.id) ?? [],
      practice: items('practice'),
      leadership: items('leadership'),
      services: {
        listed: assessed.reduce((n, { c }) => n + c.services.length, 0),
        lowRated: services.filter((s) => s.capacities.includes(capacity.id) && s.concerns.length > 0).map((s) => `${s.service} (${s.provider}): ${s.concerns.join(', ')}`),
      },
      needs: assessed.flatMap(({ groupId, c }) =>
        c.needs.map((n) => ({ groupId, need: n.need, service: n.service ?? '', priority: n.priority ?? '', evidence: n.evidence, proposed: n.proposed })),
      ),
      strengths: conclusions.filter((c) => c.kind === 'Strength'),
      gaps: conclusions.filter((c) => c.kind === 'Gap'),
      otherConclusions: conclusions.filter((c) => c.kind !== 'Strength' && c.kind !== 'Gap'),
    };
  });
}

function findings(items: readonly Owned[], deleted: number, dontKnow: string): ItemFindings {
  const rated = items.flatMap(({ row }) => (typeof row.rating === 'number' ? [{ item: row.item, rating: row.rating }] : []));
  const byRating = rated.sort((a, b) => b.rating - a.rating || a.item.localeCompare(b.item));
  const describe = (i: { item: string; rating: number }): string => `${i.item} (${i.rating})`;
  const shownRating = (i: RatedItemRow): string => (i.rating === 'DK' ? dontKnow : i.rating === null ? (i.invalid?.['rating'] ?? '') : String(i.rating));
  const notes: ReportItem[] = items
    .filter(({ row: i }) => i.evidence !== '' || i.comment !== '' || i.invalid !== undefined || i.itemId === '')
    .map(({ groupId, row: i }) => ({ groupId, itemId: i.itemId, item: i.item, rating: shownRating(i), evidence: i.evidence, comment: i.comment }));
  return {
    rated: items.filter(({ row }) => row.rating !== null).length,
    total: items.length + deleted,
    mean: mean(items.map(({ row }) => row.rating)),
    strongest: byRating.filter((i) => i.rating >= 3).slice(0, SHOWN).map(describe),
    weakest: byRating.filter((i) => i.rating <= 2).reverse().slice(0, SHOWN).map(describe),
    notes,
  };
}
