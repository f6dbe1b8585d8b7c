// Builders for hand-computed indicator fixtures: records written with dates as text.

import assert from 'node:assert/strict';
import { type EpisodeRecord, type ReportRecord, parseDay, parsePeriod, type Period } from '../../../src/core/snapshot';

export function d(text: string): number {
  const v = parseDay(text);
  assert.equal(typeof v, 'number', `bad fixture date ${text}`);
  return v as number;
}

export function period(label: string): Period {
  const p = parsePeriod(label);
  if ('error' in p) throw new Error(p.error);
  return p;
}

export interface EpisodeSpec {
  readonly id: string;
  readonly dob: string;
  readonly removal: string;
  readonly discharge?: string;
  /** DISREASN code, 0 = missing. */
  readonly reason?: number;
  readonly placement?: number;
  readonly placementStart?: string;
  readonly placements?: number;
  readonly race?: number;
  readonly sex?: number;
  readonly removalReasons?: number;
}

export function ep(s: EpisodeSpec): EpisodeRecord {
  return {
    childId: s.id,
    dob: d(s.dob),
    sex: s.sex ?? 0,
    race: s.race ?? 5,
    removal: d(s.removal),
    discharge: s.discharge === undefined ? null : d(s.discharge),
    dischargeReason: s.reason ?? 0,
    placement: s.placement ?? 2,
    placementStart: s.placementStart === undefined ? null : d(s.placementStart),
    placements: s.placements ?? 1,
    removalReasons: s.removalReasons ?? 4,
  };
}

export function rep(id: string, date: string, disposition = 0, extra: Partial<ReportRecord> = {}): ReportRecord {
  return { childId: id, date: d(date), disposition, maltreatment: 2, age: 5, sex: 0, race: 5, inFosterCare: undefined, ...extra };
}
