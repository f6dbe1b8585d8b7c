// "Quarterly status update": reads the open work-group workbook, takes the group's own filled action
// steps and adds (or repairs) the "Status update" sheet from the core layout through the gateway.
// A sheet that exists is never touched, so updates already typed survive a second run.

import { META_SHEET, type Jurisdiction } from '../../core';
import type { SetupResult, WorkbookGateway } from '../../excel/workbook-gateway';
import type { AppDeps, AppState } from '../app-state';
import { busy, byId, type Announcer } from '../dom';
import { describeStatusUpdate, planStatusUpdate } from '../status-update';
import { jurisdictionFor } from './check-panel';

export const NEED_JURISDICTION_FOR_UPDATE =
  'The add-in needs the jurisdiction file to list your action steps. On "1. Set up", choose the file your steering committee sent (nothing in the workbook changes), then come back here.';

export type StatusUpdateRun = { readonly ok: true; readonly message: string; readonly result: SetupResult; readonly steps: number } | { readonly ok: false; readonly message: string };

/** Reads the workbook, adds or repairs the "Status update" sheet and records its metadata. */
export async function runStatusUpdate(gateway: WorkbookGateway, j: Jurisdiction, now: Date, newId: () => string): Promise<StatusUpdateRun> {
  const planned = planStatusUpdate(j, await gateway.readGrid(), await gateway.readState(), now, newId);
  if (planned.kind !== 'ok') return { ok: false, message: planned.message };
  const result = await gateway.applyLayout(planned.layout, planned.plan);
  if (planned.meta.length > 0) await gateway.writeMeta(META_SHEET, planned.meta);
  return { ok: true, message: describeStatusUpdate(result, planned.steps.length), result, steps: planned.steps.length };
}

export function mountStatusUpdate(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const button = byId(doc, 'status-button', HTMLButtonElement);
  const result = byId(doc, 'status-result', HTMLParagraphElement);

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      result.textContent = 'Reading your plan…';
      const j = await jurisdictionFor(deps, state);
      if (j === null) {
        result.textContent = '';
        alert.error(NEED_JURISDICTION_FOR_UPDATE);
        return;
      }
      const run = await runStatusUpdate(deps.gateway, j, deps.now(), deps.newId);
      if (!run.ok) {
        result.textContent = '';
        alert.error(run.message);
        return;
      }
      result.textContent = run.message;
    }),
  );
}
