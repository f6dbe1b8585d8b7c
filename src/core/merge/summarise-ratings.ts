// Ratings across the received submissions: per capacity, the distribution and mean of the practice
// and leadership items, and of each service dimension. "Don't know" is counted, never averaged.

import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { Rating } from '../layout/layout-types';
import type { Submission } from '../submission/submission-types';
import type { RatingSummary } from './merge-types';

export const SERVICE_DIMENSIONS = ['availability', 'accessibility', 'quality', 'individualization'] as const;

export function summariseRatings(j: Jurisdiction, submissions: readonly Submission[]): RatingSummary[] {
  const levels = j.settings.ratingScale.levels.length;
  const out: RatingSummary[] = [];
  for (const capacity of j.settings.capacities) {
    const assessed = submissions.flatMap((s) => s.capacities.filter((c) => c.capacity === capacity.id));
    // A deleted item counts as not rated, as its warning says.
    const items = (key: 'practice' | 'leadership'): (Rating | null)[] => assessed.flatMap((c) => [...c[key].map((r) => r.rating), ...c.missingItems[key].map(() => null)]);
    out.push(
      summarise(capacity.id, 'practice', 'Practice', items('practice'), levels),
      summarise(capacity.id, 'leadership', 'Leadership and culture', items('leadership'), levels),
      ...SERVICE_DIMENSIONS.map((d) =>
        summarise(capacity.id, d, `Services: ${d}`, assessed.flatMap((c) => c.services.map((s) => s[d])), levels),
      ),
    );
  }
  return out;
}

export function summarise(capacity: string, measure: string, label: string, ratings: readonly (Rating | null)[], levels: number): RatingSummary {
  const counts = new Array<number>(levels).fill(0);
  let dontKnow = 0;
  let unrated = 0;
  let sum = 0;
  let n = 0;
  for (const r of ratings) {
    if (r === null) unrated++;
    else if (r === 'DK') dontKnow++;
    else {
      counts[r - 1] = (counts[r - 1] ?? 0) + 1;
      sum += r;
      n++;
    }
  }
  return { capacity, measure, label, counts, dontKnow, unrated, mean: n === 0 ? null : round2(sum / n) };
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function mean(values: readonly (Rating | null)[]): number | null {
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length === 0 ? null : round2(nums.reduce((a, b) => a + b, 0) / nums.length);
}
