// The merge itself, pure: received files (already read), an optional previous plan and Snapshot
// overview in, the consolidated plan out. Same inputs, same plan.

import type { Issue } from '../issue';
import type { Jurisdiction } from '../jurisdiction/jurisdiction-types';
import type { Submission } from '../submission/submission-types';
import { buildCapacityReports, type DataOverview } from './capacity-reports';
import type { CommitteeField, ConsolidatedPlan, PlanStep, ReceivedFile } from './merge-types';
import { PLAN_SHEET } from '../layout/sheet-names';
import { derivedStepId } from '../submission/check-rows';
import { nextMeeting } from './meetings';
import { mergeSteps, stepFromRow, type PreviousPlan } from './plan-steps';
import { selectSubmissions } from './select-submissions';
import { summariseRatings } from './summarise-ratings';
import { summariseNeeds, summariseServices } from './summarise-services';
import { applyMonitoring } from '../monitoring/apply-monitoring';
import type { AppliedUpdate, StatusUpdate } from '../monitoring/monitoring-types';
import type { IndicatorValues } from '../monitoring/measures';
import { buildQuarterlyReview } from '../monitoring/quarterly-review';
import { analyseRoster, assignmentsFrom } from '../roster/roster-analysis';

export interface MergeInput {
  readonly jurisdiction: Jurisdiction;
  readonly files: readonly ReceivedFile[];
  readonly previous: PreviousPlan | null;
  readonly data: DataOverview | null;
  /** yyyy-mm-dd: overdue steps and late submissions are judged against this day. */
  readonly asOf: string;
  /** Problems found outside any one workbook (skipped files, an unreadable previous plan). */
  readonly extraIssues?: readonly Issue[];
  /** Status updates given apart from the submissions folder (those found in it are taken from `files`). */
  readonly updates?: readonly StatusUpdate[];
  /** Snapshot indicator values by code, for the Quarterly review's measures: the newest and the one before. */
  readonly indicators?: { readonly current: IndicatorValues | null; readonly previous: IndicatorValues | null };
  /** The committee asks for its engagement colours in the plan (`merge --engagement-colours`); off by default. */
  readonly engagementColours?: boolean;
}

export interface MergeResult {
  readonly plan: ConsolidatedPlan;
  /** What each step's group submitted for the committee fields: stored in the plan for the next merge. */
  readonly basis: ReadonlyMap<string, Readonly<Record<CommitteeField, string>>>;
  /** Every status-update workbook ever applied to this plan, so none is applied twice. */
  readonly applied: readonly AppliedUpdate[];
}

export function mergePlan(input: MergeInput): MergeResult {
  const j = input.jurisdiction;
  const selection = selectSubmissions(j, input.files);
  const chosen = new Map<string, Submission>([...selection.chosen].map(([id, f]) => [id, f.submission] as const));
  const submissions = [...chosen.values()];
  const defaultStatus = j.settings.planStatuses[0] ?? '';
  const idIssues: Issue[] = [];
  const current = uniqueStepIds([...chosen].flatMap(([groupId, s]) => s.plan.map((row) => ({ step: stepFromRow(groupId, row, defaultStatus), file: s.file, row: row.row }))), idIssues);
  const stepMerge = mergeSteps(current, new Set(chosen.keys()), input.previous, input.asOf);
  const { basis, changes } = stepMerge;
  const updates = [...input.files.flatMap((f) => (f.update === undefined || f.update === null ? [] : [f.update])), ...(input.updates ?? [])];
  const monitoring = applyMonitoring(stepMerge.steps, changes, input.previous, updates, input.asOf);
  const steps = monitoring.steps;
  const services = summariseServices(j, submissions);
  // Problems in file order, then in the order found, so the report reads file by file.
  const problems = [
    ...(input.extraIssues ?? []),
    ...[...input.files].sort((a, b) => a.file.localeCompare(b.file)).flatMap((f) => f.issues),
    ...selection.issues,
    ...idIssues,
    ...monitoring.issues,
  ];
  const plan: ConsolidatedPlan = {
    jurisdiction: { id: j.id, name: j.name, state: j.state },
    planPeriod: j.planPeriod,
    asOf: input.asOf,
    nextMeeting: nextMeeting(j.firstMeeting, input.asOf),
    groups: selection.groups,
    ratings: summariseRatings(j, submissions),
    services,
    needs: summariseNeeds(j, submissions),
    steps,
    // The workbooks as read, less their steps (which are `steps`): shared, not copied.
    entries: submissions.map(({ plan: _steps, ...rest }) => rest),
    reports: buildCapacityReports(j, chosen, services, input.data, input.previous?.executiveSummaries),
    problems,
    changes,
    history: monitoring.history,
    updates: monitoring.updates,
    review: buildQuarterlyReview(j, steps, monitoring.history, input.asOf, input.indicators),
    roster: analyseRoster(j, j.stakeholders, assignmentsFrom(j), input.asOf, input.engagementColours === true),
    totals: {
      files: input.files.length,
      received: selection.groups.filter((g) => g.state === 'received' || g.state === 'empty').length,
      empty: selection.groups.filter((g) => g.state === 'empty').length,
      missing: selection.groups.filter((g) => g.state === 'missing').length,
      invalid: selection.groups.filter((g) => g.state === 'invalid').length,
      steps: steps.length,
      overdue: steps.filter((s) => s.overdue).length,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
    },
  };
  return { plan, basis, applied: monitoring.applied };
}

/**
 * Step ids are unique across the whole plan: a step carrying another group's id (a row copied from
 * its workbook) would otherwise share that step's history and committee edits, or replace it. The
 * later one, in the jurisdiction's group order, gets an id of its own group's, derived as for an
 * inserted row, and a warning.
 */
function uniqueStepIds(steps: readonly { step: PlanStep; file: string; row: number }[], issues: Issue[]): PlanStep[] {
  const seen = new Set<string>();
  return steps.map(({ step, file, row }) => {
    if (!seen.has(step.stepId)) {
      seen.add(step.stepId);
      return step;
    }
    const id = derivedStepId(step.groupId, step, seen);
    seen.add(id);
    issues.push({ code: 'STEP_ID_DUPLICATE', severity: 'warning', message: `Step id ${step.stepId} is already another group's step; this one was given ${id}`, advice: 'Keep the step ids your template came with; write new steps on the numbered blank rows', file, sheet: PLAN_SHEET, row });
    return { ...step, stepId: id };
  });
}
