// Monitoring the involvement loop (slides 6 and 35) from the engagement log: input gathered with no
// feedback given in time, partners not contacted for too long, and decisions made without the
// partners or groups the involvement plan said to include. Thresholds come from settings.engagement.

import { addDays, daysBetween } from '../dates';
import { normalise } from '../submission/match-text';
import type { EngagementData, LogEntry } from './engagement-types';
import { CFSR_GROUPS, type EngagementRules } from './vocabulary';

export interface OpenInput {
  readonly row: number;
  readonly who: string;
  readonly date: string;
  readonly topic: string;
  readonly focus: string | null;
  /** The follow-up date given, or the date plus feedbackDays. */
  readonly due: string;
  readonly daysSince: number;
  /** Positive when overdue; negative is days left. */
  readonly daysOverdue: number;
}

export interface NotContacted {
  readonly organisation: string;
  /** Null when the log has no contact with the partner at all. */
  readonly lastContact: string | null;
  readonly daysSince: number | null;
}

export interface UninvolvedDecision {
  readonly date: string;
  readonly topic: string;
  readonly focus: string;
  /** Log rows of the decision. */
  readonly rows: readonly number[];
  readonly included: readonly string[];
  /** The planned partners, and planned groups, no one included belonged to. */
  readonly missing: readonly string[];
}

export interface LoopFindings {
  readonly rules: Pick<EngagementRules, 'feedbackDays' | 'contactDays'>;
  readonly overdue: readonly OpenInput[];
  readonly awaiting: readonly OpenInput[];
  readonly notContacted: readonly NotContacted[];
  readonly decisions: number;
  readonly uninvolved: readonly UninvolvedDecision[];
}

export function checkLoop(data: EngagementData, rules: Pick<EngagementRules, 'feedbackDays' | 'contactDays'>, asOf: string): LoopFindings {
  const open = openInputs(data.log, rules.feedbackDays, asOf);
  const last = new Map<string, string>();
  for (const e of data.log) if ((last.get(e.who) ?? '') < e.date) last.set(e.who, e.date);
  const notContacted = data.partners.flatMap((p): NotContacted[] => {
    const date = last.get(p.organisation) ?? null;
    const days = date === null ? null : daysBetween(date, asOf);
    return days !== null && days <= rules.contactDays ? [] : [{ organisation: p.organisation, lastContact: date, daysSince: days }];
  });
  const decisions = decisionsOf(data.log);
  return {
    rules,
    overdue: open.filter((i) => i.daysOverdue > 0).sort((a, b) => b.daysOverdue - a.daysOverdue),
    awaiting: open.filter((i) => i.daysOverdue <= 0).sort((a, b) => a.due.localeCompare(b.due)),
    notContacted: notContacted.sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity)),
    decisions: decisions.length,
    uninvolved: decisions.flatMap((d) => uninvolved(d, data)),
  };
}

/** Input not yet closed by feedback to the same partner, on or after it, about the same focus (or none given on either). */
function openInputs(log: readonly LogEntry[], feedbackDays: number, asOf: string): OpenInput[] {
  const feedback = log.filter((e) => e.kind === 'feedback');
  return log.flatMap((e): OpenInput[] => {
    if (e.kind !== 'input') return [];
    const closed = feedback.some((f) => f.who === e.who && f.date >= e.date && (f.focus === null || e.focus === null || f.focus === e.focus));
    if (closed) return [];
    const due = e.followUpDue ?? addDays(e.date, feedbackDays);
    return [{ row: e.row, who: e.who, date: e.date, topic: e.topic, focus: e.focus, due, daysSince: daysBetween(e.date, asOf), daysOverdue: daysBetween(due, asOf) }];
  });
}

/** One decision: the "Included in a decision" rows sharing a date, topic and focus. */
function decisionsOf(log: readonly LogEntry[]): LogEntry[][] {
  const byKey = new Map<string, LogEntry[]>();
  for (const e of log) {
    if (e.kind !== 'decision') continue;
    const key = `${e.date}\u0000${e.focus ?? ''}\u0000${normalise(e.topic)}`;
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [e]);
    else list.push(e);
  }
  return [...byKey.values()];
}

function uninvolved(rows: readonly LogEntry[], data: EngagementData): UninvolvedDecision[] {
  const first = rows[0];
  // A decision with no outcome, factor or phase cannot be held to the plan.
  if (first === undefined || first.focus === null) return [];
  const focus = first.focus;
  const included = new Set(rows.map((r) => r.who));
  const groups = new Set(data.partners.filter((p) => included.has(p.organisation)).map((p) => p.group));
  const missing = new Set<string>();
  for (const p of data.plan) {
    if (p.focus !== focus) continue;
    if (p.partner !== null && !included.has(p.partner)) missing.add(p.partner);
    if (p.partner === null && p.group !== null && !groups.has(p.group)) missing.add(CFSR_GROUPS.find((g) => g.code === p.group)?.label ?? p.group);
  }
  return missing.size === 0 ? [] : [{ date: first.date, topic: first.topic, focus, rows: rows.map((r) => r.row), included: [...included], missing: [...missing] }];
}
