// "Quarterly status update": reads the open work-group workbook, takes the group's own filled action
// steps and adds (or repairs) the "Status update" sheet from the core layout through the gateway.
// A sheet that exists is never touched, so updates already typed survive a second run.

import { META_SHEET, type Jurisdiction } from '../../core';
import type { PlanStep } from '../../core';
import type { SetupResult, WorkbookGateway } from '../../excel/workbook-gateway';
import type { AppDeps, AppState } from '../app-state';
import { busy, byId, type Announcer } from '../dom';
import { describeStatusUpdate, planStatusUpdate, readCommitteePlan } from '../status-update';
import { jurisdictionFor } from './check-panel';

export const NEED_JURISDICTION_FOR_UPDATE =
  'This workbook does not carry its rules (it was made before they were), so the add-in cannot list your action steps. Ask your steering committee for a fresh copy of your workbook.';

export type StatusUpdateRun = { readonly ok: true; readonly message: string; readonly result: SetupResult; readonly steps: number } | { readonly ok: false; readonly message: string };

/** Reads the workbook, adds or repairs the "Status update" sheet and records its metadata. */
export async function runStatusUpdate(gateway: WorkbookGateway, j: Jurisdiction, now: Date, newId: () => string, committee?: readonly PlanStep[]): Promise<StatusUpdateRun> {
  const planned = planStatusUpdate(j, await gateway.readGrid(), await gateway.readState(), now, newId, committee);
  if (planned.kind !== 'ok') return { ok: false, message: planned.message };
  const result = await gateway.applyLayout(planned.layout, planned.plan);
  if (planned.meta.length > 0) await gateway.writeMeta(META_SHEET, planned.meta);
  return { ok: true, message: describeStatusUpdate(result, planned.steps.length), result, steps: planned.steps.length };
}

export function mountStatusUpdate(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const button = byId(doc, 'status-button', HTMLButtonElement);
  const result = byId(doc, 'status-result', HTMLParagraphElement);
  const planFile = byId(doc, 'plan-file', HTMLInputElement);

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      result.textContent = 'Reading your plan…';
      const j = await jurisdictionFor(deps, state);
      if (j === null) {
        result.textContent = '';
        alert.error(NEED_JURISDICTION_FOR_UPDATE);
        return;
      }
      // With the committee's plan at hand, the sheet shows its current status and target dates.
      const chosen = planFile.files?.[0];
      let committee: readonly PlanStep[] | undefined;
      if (chosen !== undefined) {
        const read = readCommitteePlan(await chosen.text(), chosen.name, j);
        if (!read.ok) {
          result.textContent = '';
          alert.error(read.message);
          return;
        }
        committee = read.steps;
      }
      const run = await runStatusUpdate(deps.gateway, j, deps.now(), deps.newId, committee);
      if (!run.ok) {
        result.textContent = '';
        alert.error(run.message);
        return;
      }
      result.textContent = committee === undefined ? run.message : `${run.message} The current status and target dates are the steering committee's, from ${chosen?.name ?? 'its plan'}.`;
    }),
  );
}
