// Picks, for each capacity, the Snapshot figures that belong in its report's "Overview of the Data":
// the federal indicators that speak to it and, for well-being, the community indicators. Suppressed
// values stay suppressed: only the published Snapshot (aggregates) is read here.

import { COMMUNITY_INDICATORS_FOR, SNAPSHOT_INDICATORS_BY_CAPACITY } from '../defaults/snapshot-for-capacities';
import type { IndicatorResult, Snapshot } from '../snapshot/snapshot-model';
import type { DataOverview } from './capacity-reports';

export function snapshotOverview(snapshot: Snapshot, capacities: readonly string[]): DataOverview {
  const source: [string, string] = ['Source', `${snapshot.title}, ${snapshot.period.label} (${snapshot.period.start} to ${snapshot.period.end}). ${snapshot.suppression.rule}`];
  const out = new Map<string, (readonly [string, string])[]>();
  for (const capacity of capacities) {
    const lines: (readonly [string, string])[] = [source];
    for (const code of SNAPSHOT_INDICATORS_BY_CAPACITY[capacity] ?? []) {
      const indicator = snapshot.indicators.find((i) => i.code === code);
      if (indicator !== undefined) lines.push([`${indicator.code} ${indicator.name}`, describe(indicator, snapshot.suppression.marker)]);
    }
    if ((COMMUNITY_INDICATORS_FOR as readonly string[]).includes(capacity)) {
      for (const row of snapshot.community) {
        const value = row.suppressed || row.value === null ? snapshot.suppression.marker : `${row.value} ${row.unit}`.trim();
        lines.push([row.indicator, `${value} (${row.geography}, ${row.year}; ${row.source})`]);
      }
    }
    out.set(capacity, lines);
  }
  return out;
}

function describe(i: IndicatorResult, marker: string): string {
  if (i.suppressed) return `${marker} suppressed: the count is too small to publish`;
  if (i.value === null) return i.note ?? 'not available';
  const value = i.unit === 'percent' ? `${i.value}%` : `${i.value} ${i.unit}`;
  const counts = i.numerator !== null && i.denominator !== null ? ` (${i.numerator} of ${i.denominator} ${i.denominatorLabel})` : '';
  return `${value}${counts}; ${i.higherIsBetter ? 'higher' : 'lower'} is better`;
}
