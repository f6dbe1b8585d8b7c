// Takes the quarter's changes into the merged plan and records each one, dated, in the history:
// committee edits made in the previous plan, changes a group made in its workbook, and the groups'
// status updates. A group's update never silently replaces a committee edit of the same field made
// since the last merge: the committee's value is kept and both are recorded (source "conflict").

import type { Issue } from '../issue';
import { COMMITTEE_FIELDS, type CommitteeField, type PlanStep, type StepChange } from '../merge/merge-types';
import { finish, type PreviousPlan } from '../merge/plan-steps';
import type { AppliedUpdate, HistoryEntry, StatusUpdate, StatusUpdateRow } from './monitoring-types';

export interface UpdateReport {
  readonly file: string;
  readonly groupId: string;
  readonly state: 'applied' | 'already applied';
  readonly rows: number;
  readonly changes: number;
  readonly conflicts: number;
}

export interface MonitoringResult {
  readonly steps: PlanStep[];
  readonly history: HistoryEntry[];
  readonly applied: AppliedUpdate[];
  readonly updates: UpdateReport[];
  readonly issues: Issue[];
}

const UPDATE_FIELDS: readonly (readonly [keyof StatusUpdateRow, CommitteeField])[] = [
  ['status', 'status'], ['progressNote', 'progressNote'], ['revisedTargetDate', 'targetDate'], ['barrier', 'barrier'], ['helpNeeded', 'helpNeeded'],
];

export function applyMonitoring(merged: readonly PlanStep[], changes: readonly StepChange[] | null, previous: PreviousPlan | null, updates: readonly StatusUpdate[], asOf: string): MonitoringResult {
  const history: HistoryEntry[] = [...(previous?.history ?? [])];
  const entry = (s: PlanStep, field: string, before: string, after: string, source: HistoryEntry['source'], by: string, note = ''): void => {
    history.push({ date: asOf, stepId: s.stepId, groupId: s.groupId, field, before, after, source, by, note });
  };
  const prevById = new Map((previous?.steps ?? []).map((s) => [s.stepId, s] as const));
  const edited = committeeEdits(previous, entry);
  for (const c of changes ?? []) {
    if (!(COMMITTEE_FIELDS as readonly string[]).includes(c.field)) continue;
    const step = { stepId: c.stepId, groupId: c.groupId } as const;
    if (c.change === 'conflict') history.push({ date: asOf, ...step, field: c.field, before: c.before, after: c.after, source: 'conflict', by: 'group workbook', note: 'The group changed its workbook and the committee edited the plan: the committee’s value was kept' });
    else if (c.change === 'status' || c.change === 'changed') history.push({ date: asOf, ...step, field: c.field, before: c.before, after: c.after, source: 'submission', by: 'group workbook', note: '' });
  }
  // A date the group typed earlier is never lost to an older workbook: the latest update date stands.
  const steps = new Map(merged.map((s) => {
    const prev = prevById.get(s.stepId);
    return [s.stepId, prev !== undefined && prev.lastUpdate > s.lastUpdate ? { ...s, lastUpdate: prev.lastUpdate } : s] as const;
  }));
  const already = new Set((previous?.applied ?? []).map((a) => a.updateId));
  const applied: AppliedUpdate[] = [...(previous?.applied ?? [])];
  const reports: UpdateReport[] = [];
  const issues: Issue[] = [];
  const ordered = [...updates].sort((a, b) => (a.submittedAt || a.asOf).localeCompare(b.submittedAt || b.asOf) || a.file.localeCompare(b.file));
  for (const u of ordered) {
    if (already.has(u.updateId)) {
      reports.push({ file: u.file, groupId: u.groupId, state: 'already applied', rows: u.rows.length, changes: 0, conflicts: 0 });
      continue;
    }
    let changed = 0;
    let conflicts = 0;
    for (const row of u.rows) {
      const step = steps.get(row.stepId);
      if (step === undefined || step.groupId !== u.groupId) {
        issues.push(unknownStep(u, row, step));
        continue;
      }
      const next: Record<string, string> = {};
      for (const [from, field] of UPDATE_FIELDS) {
        const value = row[from] as string;
        if (value === '' || value === step[field]) continue;
        if (edited.has(`${step.stepId}|${field}`)) {
          conflicts++;
          entry(step, field, step[field], value, 'conflict', u.file, 'The group’s update and the committee’s edit since the last merge differ: the committee’s value was kept');
          continue;
        }
        changed++;
        entry(step, field, step[field], value, 'update', u.file);
        next[field] = value;
      }
      if (Object.keys(next).length > 0) steps.set(step.stepId, { ...step, ...next, lastUpdate: asOf });
    }
    already.add(u.updateId);
    applied.push({ updateId: u.updateId, file: u.file, groupId: u.groupId, appliedOn: asOf });
    reports.push({ file: u.file, groupId: u.groupId, state: 'applied', rows: u.rows.length, changes: changed, conflicts });
  }
  return { steps: finish([...steps.values()], asOf), history, applied, updates: reports, issues };
}

/** Fields the committee changed in the previous plan since that merge wrote it, each recorded. */
function committeeEdits(previous: PreviousPlan | null, entry: (s: PlanStep, field: string, before: string, after: string, source: 'committee', by: string) => void): Set<string> {
  const edited = new Set<string>();
  if (previous?.written === undefined) return edited;
  for (const prev of previous.steps) {
    const written = previous.written.get(prev.stepId);
    if (written === undefined) continue;
    for (const field of COMMITTEE_FIELDS) {
      if (prev[field] === written[field]) continue;
      edited.add(`${prev.stepId}|${field}`);
      entry(prev, field, written[field], prev[field], 'committee', 'plan edit');
    }
  }
  return edited;
}

function unknownStep(u: StatusUpdate, row: StatusUpdateRow, step: PlanStep | undefined): Issue {
  const where = { file: u.file, sheet: 'Status update', row: row.row };
  return step === undefined
    ? { code: 'UPDATE_STEP_UNKNOWN', severity: 'warning', message: `Step "${row.stepId}" is not in the plan, so its update was not applied`, advice: 'Check the step id against the Plan sheet; new steps go into the group’s plan section', ...where }
    : { code: 'UPDATE_STEP_OTHER_GROUP', severity: 'warning', message: `Step "${row.stepId}" belongs to ${step.groupId}, not ${u.groupId}, so this update was not applied`, advice: 'Each group updates only its own steps', ...where };
}
