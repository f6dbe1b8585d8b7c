// Every action step of the plan, by stable id. With a previous plan, a three-way merge per
// committee-owned field: the committee's edit (previous plan ≠ what the group had submitted) is
// kept; a step gone from its group's workbook is kept and marked removed; every change is listed.

import type { PlanRow } from '../layout/columns';
import { isIsoDate } from '../dates';
import { normalise } from '../submission/match-text';
import type { AppliedUpdate, HistoryEntry } from '../monitoring/monitoring-types';
import { COMMITTEE_FIELDS, type CommitteeField, type PlanStep, type StepChange } from './merge-types';

export interface PreviousPlan {
  readonly steps: readonly PlanStep[];
  /** What each step's group had submitted for the committee fields, as recorded by that merge. */
  readonly basis: ReadonlyMap<string, Readonly<Record<CommitteeField, string>>>;
  /** What that merge wrote for the person-owned fields: a difference now is a committee edit (see monitoring). */
  readonly written?: ReadonlyMap<string, Readonly<Record<CommitteeField, string>>>;
  readonly history?: readonly HistoryEntry[];
  readonly applied?: readonly AppliedUpdate[];
  /** The Executive Summary people wrote in each capacity's Report sheet, by capacity id. */
  readonly executiveSummaries?: ReadonlyMap<string, string>;
}

export interface MergedSteps {
  readonly steps: PlanStep[];
  readonly basis: Map<string, Record<CommitteeField, string>>;
  readonly changes: StepChange[] | null;
}

const CLOSED = new Set(['completed', 'dropped']);
const COMPARED = ['capacity', 'assessment', 'priorityIssue', 'goal', 'strategy', 'actionStep', 'leadPerson', 'leadOrganisation', 'partners', 'resources', 'fundingSource', 'startDate', 'targetDate', 'measure', 'baseline', 'target', 'status', 'progressNote'] as const;

export function stepFromRow(groupId: string, row: PlanRow, defaultStatus: string): PlanStep {
  return {
    stepId: row.stepId,
    groupId,
    capacity: row.capacity ?? '',
    assessment: row.assessment ?? '',
    priorityIssue: row.priorityIssue,
    goal: row.goal,
    strategy: row.strategy,
    actionStep: row.actionStep,
    leadPerson: row.leadPerson,
    leadOrganisation: row.leadOrganisation,
    partners: row.partners,
    resources: row.resources,
    fundingSource: row.fundingSource,
    startDate: row.startDate ?? '',
    targetDate: row.targetDate ?? '',
    measure: row.measure,
    baseline: row.baseline,
    target: row.target,
    status: row.status ?? defaultStatus,
    progressNote: row.progressNote,
    barrier: '',
    helpNeeded: '',
    lastUpdate: row.lastUpdate ?? '',
    overdue: false,
    origin: 'submission',
    ...(row.invalid === undefined ? {} : { invalid: row.invalid }),
  };
}

export function mergeSteps(
  current: readonly PlanStep[],
  receivedGroups: ReadonlySet<string>,
  previous: PreviousPlan | null,
  asOf: string,
): MergedSteps {
  const basis = new Map<string, Record<CommitteeField, string>>();
  for (const s of current) basis.set(s.stepId, pickCommittee(s));
  if (previous === null) return { steps: finish(current, asOf), basis, changes: null };
  const changes: StepChange[] = [];
  const before = new Map(previous.steps.map((s) => [s.stepId, s] as const));
  const merged = current.map((step) => {
    const prev = before.get(step.stepId);
    if (prev === undefined) {
      changes.push(change(step, 'added', '', '', step.actionStep));
      return step;
    }
    const kept = carryCommitteeEdits(step, prev, previous.basis.get(step.stepId), changes);
    for (const field of COMPARED) {
      if (kept[field] !== prev[field]) changes.push(change(step, field === 'status' ? 'status' : 'changed', field, prev[field], kept[field]));
    }
    return kept;
  });
  const now = new Set(current.map((s) => s.stepId));
  for (const prev of previous.steps) {
    if (now.has(prev.stepId)) continue;
    // Never dropped silently: gone from a workbook that was sent means removed; no workbook means carried.
    const removed = receivedGroups.has(prev.groupId);
    if (removed && prev.origin !== 'removed') changes.push(change(prev, 'removed', '', prev.actionStep, ''));
    merged.push({ ...prev, origin: removed ? 'removed' : 'carried' });
    const prevBasis = previous.basis.get(prev.stepId);
    if (prevBasis !== undefined) basis.set(prev.stepId, { ...prevBasis });
  }
  changes.sort((a, b) => a.stepId.localeCompare(b.stepId) || a.field.localeCompare(b.field));
  return { steps: finish(merged, asOf), basis, changes };
}

function carryCommitteeEdits(step: PlanStep, prev: PlanStep, prevBasis: Readonly<Record<CommitteeField, string>> | undefined, changes: StepChange[]): PlanStep {
  const out: Record<CommitteeField, string> = pickCommittee(step);
  for (const field of COMMITTEE_FIELDS) {
    const submittedBefore = prevBasis?.[field] ?? prev[field];
    if (prev[field] === submittedBefore) continue; // the committee did not touch it
    // Both sides changed it since the last merge: keep the committee's value, and say so.
    if (step[field] !== submittedBefore && step[field] !== prev[field]) {
      changes.push(change(step, 'conflict', field, prev[field], `${step[field]} (from the group; the committee's value was kept)`));
    }
    out[field] = prev[field];
  }
  return { ...step, ...out };
}

/**
 * A status the committee typed, matched to the jurisdiction's list as a person reads it ("completed"
 * is "Completed"); anything else is kept as typed and said to be unknown, never dropped or defaulted.
 */
export function matchStatus(typed: string, statuses: readonly string[]): { readonly value: string; readonly known: boolean } {
  const t = typed.trim();
  if (t === '') return { value: '', known: true };
  const key = normalise(t);
  const found = statuses.find((s) => normalise(s) === key);
  return found === undefined ? { value: t, known: false } : { value: found, known: true };
}

export function pickCommittee(s: PlanStep): Record<CommitteeField, string> {
  return { status: s.status, progressNote: s.progressNote, leadPerson: s.leadPerson, targetDate: s.targetDate, barrier: s.barrier, helpNeeded: s.helpNeeded };
}

function change(s: PlanStep, kind: StepChange['change'], field: string, before: string, after: string): StepChange {
  return { stepId: s.stepId, groupId: s.groupId, change: kind, field, before, after };
}

/** Marks overdue steps (past target, not completed or dropped) and sorts by group and id. */
export function finish(steps: readonly PlanStep[], asOf: string): PlanStep[] {
  return steps
    // A target that is no date (kept as the committee typed it, and reported) is never "overdue".
    .map((s) => ({ ...s, overdue: s.origin !== 'removed' && isIsoDate(s.targetDate) && s.targetDate < asOf && !CLOSED.has(s.status.toLowerCase()) }))
    .sort((a, b) => a.groupId.localeCompare(b.groupId) || a.stepId.localeCompare(b.stepId));
}
