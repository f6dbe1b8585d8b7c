// A plan step's measure may name a Child and Family Snapshot indicator ("P1 permanency in 12 months",
// "S2 recurrence"): with its baseline and target it can be followed as newer Snapshots arrive. Like
// for like only: a measure for part of the children ("P1 …, children under 1") is compared with a
// Snapshot value for those same children, never with the indicator for all of them.

import type { PlanStep } from '../merge/merge-types';

/** The Snapshot's federal indicator codes (src/core/snapshot/indicators.ts). */
export const SNAPSHOT_INDICATOR_CODES = ['P1', 'P2', 'P3', 'P4', 'P5', 'S1', 'S2'] as const;

/** Whom a Snapshot's federal indicators count: every child of their cohort, of any age. */
export const ALL_CHILDREN = 'all children';

/** An indicator value from a Snapshot, keyed by its code; null when suppressed or not available. */
export interface IndicatorValue {
  readonly value: number | null;
  readonly period: string;
  /** The children it counts, as measurePopulation names them; ALL_CHILDREN when not given. */
  readonly population?: string;
}
export type IndicatorValues = ReadonlyMap<string, IndicatorValue>;

export interface StepMeasure {
  readonly stepId: string;
  readonly groupId: string;
  readonly actionStep: string;
  readonly indicator: string;
  readonly measure: string;
  /** The children the measure is about (see measurePopulation). */
  readonly population: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: IndicatorValue | null;
  readonly previous: IndicatorValue | null;
  /**
   * Against the direction from baseline to target; '' when it cannot be judged; 'not compared' when
   * the Snapshot's value counts other children than the measure.
   */
  readonly movement: 'toward target' | 'away from target' | 'no change' | 'target reached' | 'not compared' | '';
}

/**
 * [default] How a measure names part of the children: an age ("under 1", "aged 0-5", "ages 12 to
 * 17", "0–5 years") or an age group's word.
 */
const AGE = /\b(?:(?:children|youth|kids)\s+)?(?:under|over|aged?|ages)\s+\d+(?:\s*(?:-|–|to)\s*\d+)?(?:\s*(?:years?|months?)(?:\s+old)?)?|\b\d+\s*(?:-|–|to)\s*\d+\s*(?:years?|year-olds)\b|\b(?:infants?|newborns?|babies|toddlers|teens|teenagers|adolescents|young adults|older youth)\b/i;

/** The children a measure is about, in its own words ("children under 1"), or ALL_CHILDREN when it names none. */
export function measurePopulation(measure: string): string {
  const m = AGE.exec(measure);
  const named = m === null ? '' : m[0].toLowerCase().replace(/\s+/g, ' ').replace(/\s*(?:–|to)\s*/, '-');
  // The federal indicators' cohorts are the children under 18: naming them is naming all of them.
  return named === '' || /^(?:children )?under 18\b/.test(named) ? ALL_CHILDREN : named;
}

/** The indicator code a measure names, as a whole word ("P1", "p1:", "(S2)"), or null. */
export function measureIndicator(measure: string): string | null {
  const m = new RegExp(`(?:^|[^A-Za-z0-9])(${SNAPSHOT_INDICATOR_CODES.join('|')})(?![A-Za-z0-9])`, 'i').exec(measure);
  return m?.[1]?.toUpperCase() ?? null;
}

/** "12.5", "12.5%", "about 40" → the first number; null when there is none. */
export function numberIn(text: string): number | null {
  const m = /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ''));
  return m === null ? null : Number(m[0]);
}

export function stepMeasures(steps: readonly PlanStep[], current: IndicatorValues | null, previous: IndicatorValues | null): StepMeasure[] {
  return steps.flatMap((s) => {
    const indicator = measureIndicator(s.measure);
    if (indicator === null || s.origin === 'removed') return [];
    const baseline = numberIn(s.baseline);
    const target = numberIn(s.target);
    const population = measurePopulation(s.measure);
    const now = current?.get(indicator) ?? null;
    const before = previous?.get(indicator) ?? null;
    const same = (v: IndicatorValue | null): boolean => v === null || (v.population ?? ALL_CHILDREN) === population;
    const moved = same(now) && same(before) ? movement(baseline, target, before?.value ?? baseline, now?.value ?? null) : 'not compared';
    return [{ stepId: s.stepId, groupId: s.groupId, actionStep: s.actionStep, indicator, measure: s.measure, population, baseline, target, current: now, previous: before, movement: moved }];
  });
}

/** Compares the newest value with the previous Snapshot's (or the baseline), in the direction of the target. */
function movement(baseline: number | null, target: number | null, from: number | null, to: number | null): StepMeasure['movement'] {
  if (baseline === null || target === null || to === null || baseline === target) return '';
  const up = target > baseline;
  if (up ? to >= target : to <= target) return 'target reached';
  if (from === null || from === to) return from === to ? 'no change' : '';
  return (to > from) === up ? 'toward target' : 'away from target';
}
