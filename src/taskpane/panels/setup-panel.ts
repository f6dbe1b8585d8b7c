// "Set up my work group": choose the jurisdiction file and the group, then create (or repair) the
// sheets from the core layout through the gateway. Never touches a sheet that already exists.

import { findWorkGroup } from '../../core';
import { recall, readJurisdiction, remember, type AppDeps, type AppState } from '../app-state';
import { busy, byId, element, type Announcer } from '../dom';
import { describeSetup, planSetup } from '../setup-plan';

export function mountSetup(doc: Document, deps: AppDeps, state: AppState, alert: Announcer, refresh: () => Promise<void>): { preselect(meta: ReadonlyMap<string, string> | null): void } {
  const fileInput = byId(doc, 'jurisdiction-file', HTMLInputElement);
  const status = byId(doc, 'jurisdiction-status', HTMLParagraphElement);
  const select = byId(doc, 'group-select', HTMLSelectElement);
  const button = byId(doc, 'setup-button', HTMLButtonElement);
  const result = byId(doc, 'setup-result', HTMLParagraphElement);
  let wantedGroup = '';

  const showGroups = (): void => {
    const j = state.jurisdiction;
    select.replaceChildren();
    if (j === null) return;
    for (const g of j.workGroups) {
      const option = element(doc, 'option', `${g.id} - ${g.name} (${g.capacities.join(', ')})`);
      option.value = g.id;
      select.append(option);
    }
    if (wantedGroup !== '') select.value = wantedGroup;
    select.disabled = false;
    button.disabled = false;
    status.textContent = `${j.name}: ${j.workGroups.length} work groups.`;
  };

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file === undefined) return;
    alert.clear();
    void file.text().then((text) => {
      const read = readJurisdiction(text, file.name);
      if (!read.ok) {
        alert.error(read.message);
        return;
      }
      state.jurisdiction = read.jurisdiction;
      remember(deps.store, read.jurisdiction, text);
      showGroups();
    });
  });

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      const j = state.jurisdiction;
      const group = j === null ? undefined : findWorkGroup(j, select.value);
      if (j === null || group === undefined) {
        alert.error('Choose the jurisdiction file and your work group first.');
        return;
      }
      result.textContent = 'Setting up…';
      const planned = planSetup(j, group, await deps.gateway.readState(), deps.now(), deps.newId);
      if (planned.kind !== 'ok') {
        result.textContent = '';
        alert.error(planned.message);
        return;
      }
      const done = await deps.gateway.applyLayout(planned.layout, planned.plan);
      result.textContent = describeSetup(done.created, planned.layout);
      await refresh();
    }),
  );

  return {
    /** A workbook already set up: reuse its jurisdiction if this computer remembers the file. */
    preselect(meta) {
      if (meta === null) return;
      wantedGroup = meta.get('workGroupId') ?? '';
      const id = meta.get('jurisdictionId') ?? '';
      if (state.jurisdiction === null && id !== '') state.jurisdiction = recall(deps.store, id);
      if (state.jurisdiction !== null) showGroups();
    },
  };
}
