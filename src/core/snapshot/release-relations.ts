// What an outsider knows about this release's own tables beyond their totals: the victims and the
// indicator cohorts are bounded by the period-stable counts, and S2's cohort is the victims under 18.

import { AGE_18_PLUS_INDEX, eq, le } from './linked-system';
import type { LinearRelation } from './protection-prover';

export interface ReleaseKeys {
  readonly entries: string;
  /** Entries aged 18 or over: P1 and P5 leave them out. */
  readonly age18: string;
  /** In care on the last day of the period before: P2, P3 and S1 start from them. */
  readonly previousInCare: string;
  readonly victimReports: string;
  readonly victims: string;
  readonly hasReports: boolean;
}

const ind = (code: string, what: 'children' | 'numerator'): string => `${code}.${what}`;

export function releaseRelations(k: ReleaseKeys): LinearRelation[] {
  const under18 = [[k.entries, -1], [k.age18, 1]] as const;
  const out: LinearRelation[] = [
    le([ind('P1', 'children'), 1], ...under18),
    le([ind('P1', 'numerator'), 1], [ind('P1', 'children'), -1]),
    // P4's cohort are P1's children who left for reunification, relatives or guardianship in 12 months.
    le([ind('P4', 'children'), 1], [ind('P1', 'numerator'), -1]),
    le([ind('P4', 'numerator'), 1], [ind('P4', 'children'), -1]),
    le([ind('P2', 'numerator'), 1], [ind('P2', 'children'), -1]),
    le([ind('P3', 'numerator'), 1], [ind('P3', 'children'), -1]),
    le([ind('P2', 'children'), 1], [ind('P3', 'children'), 1], [k.previousInCare, -1]),
    le([ind('P5', 'children'), 1], ...under18),
  ];
  if (!k.hasReports) return out;
  return [
    ...out,
    le([ind('S1', 'children'), 1], [k.previousInCare, -1], [k.entries, -1]),
    le([ind('S1', 'numerator'), 1], [k.victimReports, -1]),
    le([k.victims, 1], [k.victimReports, -1]),
    // S2 follows the victims under 18 (age at their first report; unknown age stays in).
    eq([ind('S2', 'children'), 1], [k.victims, -1], [`victims.age.${AGE_18_PLUS_INDEX}`, 1]),
    le([ind('S2', 'numerator'), 1], [ind('S2', 'children'), -1]),
  ];
}
