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
    rated(c.capacity, 'practice', c.practice),
    rated(c.capacity, 'leadership', c.leadership),
    services(c.capacity, c.services),
    {
      capacity: c.capacity,
      assessment: 'needs' as const,
      fraction: c.needs.length === 0 ? 0 : c.needs.filter((n) => n.priority !== null).length / c.needs.length,
      detail: c.needs.length === 0 ? 'no needs listed yet' : `${c.needs.length} needs listed, ${c.needs.filter((n) => n.priority !== null).length} with a priority`,
    },
  ]);
}

function rated(capacity: string, assessment: AssessmentId, rows: readonly RatedItemRow[]): AssessmentProgress {
  const done = rows.filter((r) => r.rating !== null).length;
  return { capacity, assessment, fraction: rows.length === 0 ? 0 : done / rows.length, detail: `${done} of ${rows.length} items rated` };
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
