// "Quarterly status update" as data: the group's own filled action steps, read from the open workbook
// through the core's parseSubmission, become the core's status-update layout, planned like set-up
// (only a missing sheet or list name is created, so typed updates survive). Pure.
//
// The open workbook's metadata sheet is the assessment's, so the status-update metadata is kept there
// under `statusUpdate.*` keys (see the core's embeddedStatusUpdate, which the merge reads too).

import {
  buildStatusUpdateLayout,
  embeddedStatusUpdate,
  statusMetaKey,
  STATUS_META_KEYS,
  stepFromRow,
  findWorkGroup,
  nextMeeting,
  parseJsonText,
  parseStatusUpdate,
  parseSubmission,
  stepsToUpdate,
  STATUS_UPDATE_SHEET,
  type Issue,
  type Jurisdiction,
  type PlanStep,
  type StatusUpdate,
  type Submission,
  type WorkbookGrid,
  type WorkbookLayout,
  type WorkGroup,
} from '../core';
import type { SetupPlan, WorkbookState } from '../excel/workbook-gateway';
import { WORKBOOK_NAME } from './check-work';
import { GENERATOR } from './setup-plan';

export type StatusUpdatePlan =
  | {
      readonly kind: 'ok';
      readonly group: WorkGroup;
      readonly steps: readonly PlanStep[];
      readonly layout: WorkbookLayout;
      readonly plan: SetupPlan;
      /** Metadata to write once the sheet exists; empty when the sheet was already there. */
      readonly meta: readonly (readonly [string, string])[];
    }
  | { readonly kind: 'problem'; readonly message: string };

export function ownSteps(j: Jurisdiction, group: WorkGroup, submission: Submission): PlanStep[] {
  const defaultStatus = j.settings.planStatuses[0] ?? '';
  return stepsToUpdate(group, submission.plan.map((row) => stepFromRow(group.id, row, defaultStatus)));
}

export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * `committee`: the steps of the committee's consolidated plan (plan.json), when the member has it:
 * the sheet then shows the committee's current status and target date, as status-template does.
 */
export function planStatusUpdate(j: Jurisdiction, grid: WorkbookGrid, state: WorkbookState, now: Date, newId: () => string, committee?: readonly PlanStep[]): StatusUpdatePlan {
  const parsed = parseSubmission(grid, j, WORKBOOK_NAME);
  const submission = parsed.submission;
  if (submission === null) {
    const why = parsed.issues.find((i: Issue) => i.severity === 'error')?.message ?? 'it is not a work-group workbook';
    return { kind: 'problem', message: `This workbook is not a work-group workbook the add-in can read (${why}). Open your group's workbook, or set it up on "1. Set up" first.` };
  }
  const group = findWorkGroup(j, submission.meta.workGroupId);
  if (group === undefined) {
    return { kind: 'problem', message: `The jurisdiction file does not list work group "${submission.meta.workGroupId}". Ask your steering committee for the current jurisdiction file.` };
  }
  const steps = committee === undefined ? ownSteps(j, group, submission) : stepsToUpdate(group, committee);
  const have = new Set(state.sheets.map((s) => s.name.toLowerCase()));
  const exists = have.has(STATUS_UPDATE_SHEET.toLowerCase());
  if (steps.length === 0 && !exists) {
    return { kind: 'problem', message: `${group.name} has no open action steps on the "Plan" sheet yet, so there is nothing to report on. Fill in the Plan sheet first, then try again.` };
  }
  const meta = state.meta;
  const kept = (key: (typeof STATUS_META_KEYS)[number]): string => (exists ? (meta?.get(statusMetaKey(key)) ?? '') : '');
  const asOf = kept('asOf') || isoDate(now);
  const layout = buildStatusUpdateLayout(j, group, steps, {
    updateId: kept('updateId') || newId(),
    createdAt: kept('createdAt') || now.toISOString(),
    generator: GENERATOR,
    asOf,
    meeting: nextMeeting(j.firstMeeting, asOf),
  });
  // Like set-up: only what is missing. The lists and metadata sheets are the assessment's own.
  const names = new Set(state.names.map((n) => n.toLowerCase()));
  const create = [...layout.sheets.map((s) => s.name), layout.listsSheet, layout.metaSheet].filter((n) => !have.has(n.toLowerCase()));
  const addNames = layout.lists.map((l) => l.definedName).filter((n) => !names.has(n.toLowerCase()));
  const layoutMeta = new Map(layout.meta);
  const written = create.includes(STATUS_UPDATE_SHEET) ? STATUS_META_KEYS.map((k) => [statusMetaKey(k), layoutMeta.get(k) ?? ''] as const) : [];
  return { kind: 'ok', group, steps, layout, plan: { create, addNames, removeIfBlank: [], footer: `${j.name}, ${group.name}: status update` }, meta: written };
}

/** One sentence for the member: what happened and what to do next. */
export function describeStatusUpdate(done: { readonly created: readonly string[]; readonly namesAdded: readonly string[] }, steps: number): string {
  const created = [...done.created, ...done.namesAdded];
  const next = 'Fill in the white cells (new status, progress note, revised target date, barrier, help needed) for what changed, then save the workbook and send it to your steering committee.';
  if (done.created.includes(STATUS_UPDATE_SHEET)) return `The "${STATUS_UPDATE_SHEET}" sheet lists your ${steps} action step${steps === 1 ? '' : 's'}. ${next}`;
  if (created.length > 0) return `Repaired the "${STATUS_UPDATE_SHEET}" sheet's dropdown lists. Nothing you typed was changed. ${next}`;
  return `The "${STATUS_UPDATE_SHEET}" sheet is already there; nothing you typed was changed. ${next}`;
}

export type CommitteePlanRead = { readonly ok: true; readonly steps: readonly PlanStep[]; readonly asOf: string } | { readonly ok: false; readonly message: string };

/** The committee's plan.json (written by "service-array merge --json"), for its steps' current status and target date. */
export function readCommitteePlan(text: string, fileName: string, j: Jurisdiction): CommitteePlanRead {
  const json = parseJsonText(text, fileName);
  const report = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as { format?: unknown; plan?: { jurisdiction?: { id?: unknown }; asOf?: unknown; steps?: unknown } }) : null;
  const plan = report?.format === 'service-array-plan-report' ? report.plan : undefined;
  if (plan === undefined || !Array.isArray(plan.steps)) return { ok: false, message: `${fileName} is not the committee's plan: choose the plan.json that "service-array merge --json" wrote.` };
  if (plan.jurisdiction?.id !== j.id) return { ok: false, message: `${fileName} is the plan of another jurisdiction ("${String(plan.jurisdiction?.id)}"), not ${j.name}'s.` };
  const steps = (plan.steps as unknown[]).filter((s): s is PlanStep => typeof s === 'object' && s !== null && typeof (s as PlanStep).stepId === 'string' && typeof (s as PlanStep).groupId === 'string' && typeof (s as PlanStep).status === 'string');
  return { ok: true, steps, asOf: typeof plan.asOf === 'string' ? plan.asOf : '' };
}

export function readStatusUpdate(grid: WorkbookGrid, j: Jurisdiction): { update: StatusUpdate | null; issues: Issue[] } {
  const embedded = embeddedStatusUpdate(grid);
  if (embedded === null) return { update: null, issues: [{ code: 'NOT_A_STATUS_UPDATE', severity: 'error', message: 'This workbook has no status update yet', advice: 'Press "Make my status update sheet" first', file: WORKBOOK_NAME }] };
  return parseStatusUpdate(embedded, j, WORKBOOK_NAME);
}
