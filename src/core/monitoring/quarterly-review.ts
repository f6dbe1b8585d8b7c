// The Quarterly review of the plan: progress per capacity and goal, overdue steps, barriers to
// address, and what was completed since the last meeting (the successes to celebrate), with each
// Snapshot measure's movement. Pure; rendered as the plan's "Quarterly review" sheet.

import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import { previousMeeting } from '../merge/meetings';
import type { PlanStep } from '../merge/merge-types';
import type { HistoryEntry } from './monitoring-types';
import { stepMeasures, type IndicatorValues, type StepMeasure } from './measures';

export interface GoalProgress {
  readonly capacity: string;
  readonly goal: string;
  readonly steps: number;
  /** Count per status, in the order of settings.planStatuses. */
  readonly byStatus: readonly number[];
  /** Steps whose status is none of the list (mistyped): counted here, never left out. */
  readonly otherStatus: number;
  readonly completed: number;
  readonly overdue: number;
}

export interface ReviewStep {
  readonly stepId: string;
  readonly groupId: string;
  readonly capacity: string;
  readonly actionStep: string;
  readonly leadPerson: string;
  readonly status: string;
  readonly targetDate: string;
  readonly detail: string;
}

export interface QuarterlyReview {
  readonly asOf: string;
  /** Date of the last meeting before asOf: "since" counts from it ('' before the first meeting). */
  readonly since: string;
  readonly statuses: readonly string[];
  readonly progress: readonly GoalProgress[];
  readonly overdue: readonly ReviewStep[];
  readonly barriers: readonly ReviewStep[];
  readonly completed: readonly (ReviewStep & { readonly completedOn: string })[];
  readonly measures: readonly StepMeasure[];
}

const isStatus = (s: PlanStep, name: string): boolean => s.status.trim().toLowerCase() === name;

export function buildQuarterlyReview(j: Jurisdiction, steps: readonly PlanStep[], history: readonly HistoryEntry[], asOf: string, indicators: { current: IndicatorValues | null; previous: IndicatorValues | null } = { current: null, previous: null }): QuarterlyReview {
  const live = steps.filter((s) => s.origin !== 'removed');
  const since = previousMeeting(j.firstMeeting, asOf)?.date ?? '';
  const statuses = j.settings.planStatuses;
  const view = (s: PlanStep, detail = ''): ReviewStep => ({ stepId: s.stepId, groupId: s.groupId, capacity: s.capacity, actionStep: s.actionStep, leadPerson: s.leadPerson, status: s.status, targetDate: s.targetDate, detail });
  const completedOn = new Map<string, string>();
  for (const h of history) {
    if (h.field === 'status' && h.source !== 'conflict' && h.after.trim().toLowerCase() === 'completed' && h.date > since && h.date <= asOf) completedOn.set(h.stepId, h.date);
  }
  return {
    asOf,
    since,
    statuses,
    progress: progress(live, statuses),
    overdue: live.filter((s) => s.overdue).map((s) => view(s, `${s.targetDate} passed`)),
    barriers: live.filter((s) => isStatus(s, 'barrier') || s.barrier !== '').map((s) => view(s, [s.barrier, s.helpNeeded === '' ? '' : `Help needed: ${s.helpNeeded}`].filter((t) => t !== '').join(' — '))),
    completed: live.flatMap((s) => {
      const on = completedOn.get(s.stepId);
      return on !== undefined && isStatus(s, 'completed') ? [{ ...view(s, s.progressNote), completedOn: on }] : [];
    }),
    measures: stepMeasures(live, indicators.current, indicators.previous),
  };
}

function progress(steps: readonly PlanStep[], statuses: readonly string[]): GoalProgress[] {
  const groups = new Map<string, PlanStep[]>();
  for (const s of steps) {
    const key = `${s.capacity}\u0000${s.goal}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()]
    .map((list) => ({
      capacity: list[0]?.capacity ?? '',
      goal: list[0]?.goal ?? '',
      steps: list.length,
      byStatus: statuses.map((name) => list.filter((s) => isStatus(s, name.toLowerCase())).length),
      otherStatus: list.filter((s) => !statuses.some((name) => isStatus(s, name.toLowerCase()))).length,
      completed: list.filter((s) => isStatus(s, 'completed')).length,
      overdue: list.filter((s) => s.overdue).length,
    }))
    .sort((a, b) => a.capacity.localeCompare(b.capacity) || a.goal.localeCompare(b.goal));
}
