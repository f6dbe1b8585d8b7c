// Partners by level of partnership (slides 8-9): how many at each level, who could move up a level,
// and partners whose level rests on agreements nobody recorded. Also the nine elements over rounds.

import type { Rating } from '../layout/layout-types';
import type { EngagementData, EvidenceRating } from './engagement-types';
import { AGREEMENTS_LEVEL, COLLABORATION_ELEMENTS, HIGHEST_LOCAL_LEVEL, PARTNERSHIP_LEVELS } from './vocabulary';

export interface LevelCount {
  /** Null: partners whose level is not given. */
  readonly level: number | null;
  readonly label: string;
  readonly partners: readonly string[];
}

export interface LevelAdvice {
  readonly organisation: string;
  readonly level: number;
  readonly advice: string;
}

export interface PartnerLevels {
  readonly counts: readonly LevelCount[];
  /** Strong tie and green engagement, below the jurisdiction's Collaborative, its agreements in place: ready for the next level. */
  readonly couldMoveUp: readonly LevelAdvice[];
  /** At level 4 or above with no agreement recorded. */
  readonly missingAgreements: readonly LevelAdvice[];
}

export function partnerLevels(data: EngagementData): PartnerLevels {
  const at = (level: number | null): string[] => data.partners.filter((p) => p.level === level).map((p) => p.organisation);
  const counts: LevelCount[] = PARTNERSHIP_LEVELS.map((l) => ({ level: Number(l.code), label: `${l.code} - ${l.label}`, partners: at(Number(l.code)) }));
  const unknown = at(null);
  if (unknown.length > 0) counts.push({ level: null, label: 'Level not given', partners: unknown });
  const couldMoveUp = data.partners.flatMap((p): LevelAdvice[] => {
    if (p.level === null || p.level >= HIGHEST_LOCAL_LEVEL || p.strength !== 'strong' || p.engagement !== 'green') return [];
    // A level resting on agreements nobody recorded is shored up first (missingAgreements).
    if (p.level >= AGREEMENTS_LEVEL && p.agreements === '') return [];
    const next = PARTNERSHIP_LEVELS[p.level];
    if (next === undefined) return [];
    const needs = p.level + 1 === AGREEMENTS_LEVEL && p.agreements === '' ? '; put written agreements in place (information sharing, joint systems, liaison or co-located staff)' : '';
    return [{ organisation: p.organisation, level: p.level, advice: `Strong tie and green engagement: invite to ${next.code} - ${next.short}${needs}` }];
  });
  const missingAgreements = data.partners.flatMap((p): LevelAdvice[] =>
    p.level !== null && p.level >= AGREEMENTS_LEVEL && p.agreements === '' ? [{ organisation: p.organisation, level: p.level, advice: `Level ${p.level} rests on written agreements, but none is recorded` }] : [],
  );
  return { counts, couldMoveUp, missingAgreements };
}

export interface ElementRounds {
  readonly code: string;
  readonly label: string;
  /** One per round, in `rounds` order; null where not rated that round. */
  readonly ratings: readonly (Rating | null)[];
  /** The evidence of the newest round that has some. */
  readonly evidence: string;
  /** The newest numeric rating against the one before it. */
  readonly change: 'up' | 'down' | 'same' | '';
}

export interface CollaborationRounds {
  /** Review dates, oldest first; '' is rows given no date, shown last. */
  readonly rounds: readonly string[];
  readonly elements: readonly ElementRounds[];
}

export function collaborationRounds(evidence: readonly EvidenceRating[]): CollaborationRounds {
  const dated = [...new Set(evidence.map((e) => e.round ?? ''))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const elements = COLLABORATION_ELEMENTS.map((el): ElementRounds => {
    const mine = evidence.filter((e) => e.element === el.code);
    const ratings = dated.map((round) => mine.find((e) => (e.round ?? '') === round && e.rating !== null)?.rating ?? null);
    const numbers = ratings.filter((r): r is number => typeof r === 'number');
    const [before, last] = numbers.slice(-2);
    const change = last === undefined || before === undefined ? '' : last > before ? 'up' : last < before ? 'down' : 'same';
    const withEvidence = dated.map((round) => mine.find((e) => (e.round ?? '') === round && e.evidence !== '')?.evidence ?? '').filter((t) => t !== '');
    return { code: el.code, label: el.label, ratings, evidence: withEvidence[withEvidence.length - 1] ?? '', change };
  });
  return { rounds: dated, elements };
}
