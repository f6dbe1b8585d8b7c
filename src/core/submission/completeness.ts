// How far a work group has got: per capacity and assessment, the share of the work done. Shown by
// the add-in's "Check my work" and the merge's Overview.

import type { AssessmentId } from '../assessments';
import type { RatedItemRow, ServiceRow } from '../layout/columns';
import type { Submission } from './submission-types';

export interface AssessmentProgress {
  readonly capacity: string;
  readonly assessment: AssessmentId;
  /** 0..1 */
  readonly fraction: number;
  /** Plain words, e.g. "12 of 14 items rated". */
  readonly detail: string;
}

const CORE_RATINGS = ['availability', 'accessibility', 'quality', 'individualization'] as const;

export function completeness(s: Submission): AssessmentProgress[] {
  return s.capacities.flatMap((c) => [
    rated(c.capacity, 'practice', c.practice, c.missingItems.practice.length),
    rated(c.capacity, 'leadership', c.leadership, c.missingItems.leadership.length),
    services(c.capacity, c.services),
    {
      capacity: c.capacity,
      assessment: 'needs' as const,
      fraction: c.needs.length === 0 ? 0 : c.needs.filter((n) => n.priority !== null).length / c.needs.length,
      detail: c.needs.length === 0 ? 'no needs listed yet' : `${c.needs.length} needs listed, ${c.needs.filter((n) => n.priority !== null).length} with a priority`,
    },
  ]);
}

/** Deleted items count as not rated, as their warning says. */
function rated(capacity: string, assessment: AssessmentId, rows: readonly RatedItemRow[], missing: number): AssessmentProgress {
  const done = rows.filter((r) => r.rating !== null).length;
  const total = rows.length + missing;
  return { capacity, assessment, fraction: total === 0 ? 0 : done / total, detail: `${done} of ${total} items rated` };
}

/** The share of the whole workbook done: the mean over its capacities and assessments. */
export function overallFraction(progress: readonly AssessmentProgress[]): number {
  return progress.length === 0 ? 0 : progress.reduce((sum, p) => sum + p.fraction, 0) / progress.length;
}

/**
 * True when nobody typed anything: no rating, evidence or comment on the listed items, no item,
 * service, need, conclusion or action step added. The template's own labels do not count.
 */
export function nothingFilledIn(s: Submission): boolean {
  const untouched = (r: RatedItemRow): boolean => r.itemId !== '' && r.rating === null && r.evidence === '' && r.comment === '' && r.invalid === undefined;
  return (
    s.conclusions.length === 0 &&
    s.plan.length === 0 &&
    s.capacities.every((c) => c.services.length === 0 && c.needs.length === 0 && c.practice.every(untouched) && c.leadership.every(untouched))
  );
}

function services(capacity: string, rows: readonly ServiceRow[]): AssessmentProgress {
  const done = rows.filter((r) => CORE_RATINGS.every((k) => r[k] !== null)).length;
  return {
    capacity,
    assessment: 'services',
    fraction: rows.length === 0 ? 0 : done / rows.length,
    detail: rows.length === 0 ? 'no services listed yet' : `${rows.length} services listed, ${done} fully rated`,
  };
}
