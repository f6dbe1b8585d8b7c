// The seven federal statewide data indicators (CFSR Round 3/4) as observed performance: their
// definitions and simplifications as text, and their values from the aggregates. No risk adjustment.

import type { EpisodeAggregates } from './aggregate-episodes';
import { MIN_STAY, S1_SKIP_DAYS, THV_DAYS } from './aggregate-episodes';
import { S2_SAME_INCIDENT_DAYS, type ReportAggregates } from './aggregate-reports';
import type { IndicatorCode } from './snapshot-model';

export interface IndicatorDefinition {
  readonly code: IndicatorCode;
  readonly name: string;
  readonly unit: string;
  /** Multiplier from numerator/denominator to the shown value: 100 for percent, 1,000 per days… */
  readonly scale: number;
  readonly higherIsBetter: boolean;
  readonly denominatorLabel: string;
  readonly numeratorLabel: string;
  readonly definition: string;
  readonly simplifications: string;
  readonly topics: readonly string[];
}

const COMMON =
  `"Within 12 months" of a date means before its first anniversary (entered 2024-03-01: by 2025-02-28), in every year. A stay ends on the discharge date, or ${THV_DAYS} days into a trial home visit ` +
  `that lasted longer than ${THV_DAYS} days. Observed rates, not risk-standardised as in the federal profile.`;

export const INDICATORS: readonly IndicatorDefinition[] = [
  {
    code: 'P1', name: 'Permanency in 12 months for children entering care', unit: 'percent', scale: 100, higherIsBetter: true,
    denominatorLabel: 'Children entering care', numeratorLabel: 'Discharged to permanency within 12 months',
    definition:
      `Of children who entered foster care in the period (each child's first entry), the percent discharged to permanency ` +
      `(reunification, living with relatives, guardianship or adoption) within 12 months of entering and before turning 18. ` +
      `Excludes stays under ${MIN_STAY} days and children who entered at 18 or older.`,
    simplifications: `If a child's first entry in the period lasted under ${MIN_STAY} days the child is left out, rather than using a later entry. ${COMMON}`,
    topics: ['permanency', 'reunification', 'kinship', 'adoption', 'legal'],
  },
  {
    code: 'P2', name: 'Permanency in 12 months for children in care 12–23 months', unit: 'percent', scale: 100, higherIsBetter: true,
    denominatorLabel: 'Children in care 12–23 months on the first day', numeratorLabel: 'Discharged to permanency by the end of the period',
    definition:
      `Of children in foster care on the first day of the period who had been in care 12 to 23 whole calendar months (counted as age is: ` +
      `removed 2023-10-02, on 2024-10-01 they have been in care 11 months) and were under 18, ` +
      `the percent discharged to permanency by the last day of the period and before turning 18.`,
    simplifications: COMMON,
    topics: ['permanency', 'reunification', 'kinship', 'adoption', 'legal'],
  },
  {
    code: 'P3', name: 'Permanency in 12 months for children in care 24 months or more', unit: 'percent', scale: 100, higherIsBetter: true,
    denominatorLabel: 'Children in care 24+ months on the first day', numeratorLabel: 'Discharged to permanency by the end of the period',
    definition:
      `As P2, for children who had been in care 24 whole calendar months or more on the first day of the period.`,
    simplifications: COMMON,
    topics: ['permanency', 'adoption', 'older-youth', 'legal'],
  },
  {
    code: 'P4', name: 'Re-entry to foster care in 12 months', unit: 'percent', scale: 100, higherIsBetter: false,
    denominatorLabel: 'Children discharged within 12 months to reunification, relatives or guardianship', numeratorLabel: 'Re-entered within 12 months of discharge',
    definition:
      `Of children who entered care in the period (first entry) and were discharged within 12 months to reunification, living with ` +
      `relatives or guardianship, the percent who entered care again within 12 months of that discharge (before its first ` +
      `anniversary). Same exclusions as P1.`,
    simplifications:
      `Uses the entry cohort of the chosen period, so the 12-month follow-up reaches up to two years past the period: when the data ` +
      `ends earlier, re-entries are undercounted. ${COMMON}`,
    topics: ['reunification', 'family-support', 'aftercare', 'in-home-services'],
  },
  {
    code: 'P5', name: 'Placement stability', unit: 'moves per 1,000 days in care', scale: 1000, higherIsBetter: false,
    denominatorLabel: 'Days in care (children entering in the period)', numeratorLabel: 'Placement moves',
    definition:
      `For children who entered care in the period, placement moves per 1,000 days in care. Days run from entry to the end of the ` +
      `period, discharge or the 18th birthday. The first placement is not a move. Excludes stays under ${MIN_STAY} days and entries at 18 or older.`,
    simplifications:
      `Moves are the number of placement settings (NumPlep) minus one, over the whole episode as of the file, not only during the ` +
      `period; episodes with no placement count are left out. ${COMMON}`,
    topics: ['placement-resources', 'foster-homes', 'kinship', 'behavioral-health'],
  },
  {
    code: 'S1', name: 'Maltreatment in foster care', unit: 'victimizations per 100,000 days in care', scale: 100_000, higherIsBetter: false,
    denominatorLabel: 'Days in care in the period', numeratorLabel: 'Substantiated or indicated reports while in care',
    definition:
      `Substantiated or indicated child-reports in the period while the child was in foster care, per 100,000 days in care of all ` +
      `children in care during the period (days before the 18th birthday). Reports in the first ${S1_SKIP_DAYS} days of a stay and stays ` +
      `under ${MIN_STAY} days are left out.`,
    simplifications:
      `"While in care" is read from the report file's in-foster-care column when it has one (then the ${S1_SKIP_DAYS}-day rule cannot be applied), ` +
      `otherwise by matching the report date with the child's stays. The perpetrator is not considered. ${COMMON}`,
    topics: ['safety', 'placement-resources', 'foster-homes', 'caseworker-capacity'],
  },
  {
    code: 'S2', name: 'Recurrence of maltreatment', unit: 'percent', scale: 100, higherIsBetter: false,
    denominatorLabel: 'Children with a substantiated or indicated report in the period', numeratorLabel: 'Another within 12 months',
    definition:
      `Of children who were victims in a substantiated or indicated report in the period, the percent who were victims again within ` +
      `12 months of their first such report; a report ${S2_SAME_INCIDENT_DAYS} days or fewer after the first is treated as the same incident and not counted. ` +
      `Victims aged 18 or over at their first report are left out (as CCWIP does); victims are read from the child-level maltreatment levels.`,
    simplifications:
      `The 12-month follow-up runs past the period: when the report file ends earlier, recurrence is undercounted. ${COMMON}`,
    topics: ['safety', 'prevention', 'family-support', 'in-home-services', 'substance-use', 'domestic-violence'],
  },
];

export interface IndicatorInputs {
  readonly numerator: number;
  readonly denominator: number;
  /** Children in the cohort, when the denominator is days (P5, S1). */
  readonly children: number;
}

/** Numerators and denominators for each indicator; null when its input file was not given. */
export function indicatorInputs(ep: EpisodeAggregates, rep: ReportAggregates | null): Record<IndicatorCode, IndicatorInputs | null> {
  const ratio = (r: { numerator: number; denominator: number }): IndicatorInputs => ({ ...r, children: r.denominator });
  return {
    P1: ratio(ep.p1),
    P2: ratio(ep.p2),
    P3: ratio(ep.p3),
    P4: ratio(ep.p4),
    P5: { numerator: ep.p5.moves, denominator: ep.p5.days, children: ep.p5.children },
    S1: rep === null ? null : { numerator: rep.s1Victimizations, denominator: ep.s1Days.days, children: ep.s1Days.children },
    S2: rep === null ? null : ratio(rep.s2),
  };
}
