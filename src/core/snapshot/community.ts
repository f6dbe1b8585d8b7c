// Community indicators (KIDS COUNT-like, already aggregated): kept as given, newest first, plus the
// child population lookup that turns counts into rates per 1,000 children.

import type { CommunityRecord } from './records';
import type { CellKind } from './snapshot-model';

/** Community files are small; past this many rows the rest is ignored (and said so). */
export const MAX_COMMUNITY_ROWS = 5000;

const CHILD_POPULATION = /^(child(ren)?\s*population|population\s*(of\s*)?(children|under\s*(age\s*)?18|0\s*(to|-|–)\s*17|ages?\s*0\s*(to|-|–)\s*17)|children\s*(ages?\s*)?0\s*(to|-|–)\s*17|total\s*child\s*population)/i;

export function isChildPopulation(indicator: string): boolean {
  return CHILD_POPULATION.test(indicator.trim());
}

/**
 * The child population for a year: the "child population" count for that year, else the latest
 * earlier year, else the earliest later one. Several geographies: the one with the largest value
 * (the jurisdiction rather than its parts).
 */
export function findChildPopulation(rows: readonly CommunityRecord[], year: number): { value: number; year: number } | null {
  const candidates = rows.filter((r) => isChildPopulation(r.indicator) && r.value !== null && r.value > 0 && !/percent|%|rate/i.test(r.unit));
  if (candidates.length === 0) return null;
  const years = [...new Set(candidates.map((r) => r.year))];
  const before = years.filter((y) => y <= year).sort((a, b) => b - a);
  const after = years.filter((y) => y > year).sort((a, b) => a - b);
  const chosen = before[0] ?? after[0];
  if (chosen === undefined) return null;
  const value = Math.max(...candidates.filter((r) => r.year === chosen).map((r) => r.value ?? 0));
  return { value, year: chosen };
}

export function communityKind(unit: string, indicator: string): CellKind {
  const u = `${unit} ${indicator}`.toLowerCase();
  if (/percent|%|share/.test(u)) return 'percent';
  if (/rate|per\s*1|ratio|median|average|index/.test(u)) return 'rate';
  return 'count';
}
