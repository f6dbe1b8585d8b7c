// "Set up or repair": a workbook the committee sent carries its own rules, so repairing it (putting
// back a deleted sheet or list) needs nothing chosen. Setting up a blank workbook from the
// committee's jurisdiction file is the committee's, kept apart. Never touches a sheet that exists.

import { findWorkGroup, jurisdictionFromMeta, type Jurisdiction, type WorkGroup } from '../../core';
import { recall, readJurisdiction, remember, type AppDeps, type AppState } from '../app-state';
import { WORKBOOK_NAME } from '../check-work';
import { busy, byId, element, type Announcer } from '../dom';
import { describeSetup, planSetup } from '../setup-plan';

export interface SetupView {
  /** Shows what the open workbook carries, and offers the repair when it can be done. */
  preselect(meta: ReadonlyMap<string, string> | null): void;
}

export function mountSetup(doc: Document, deps: AppDeps, state: AppState, alert: Announcer, refresh: () => Promise<void>): SetupView {
  const fileInput = byId(doc, 'jurisdiction-file', HTMLInputElement);
  const status = byId(doc, 'jurisdiction-status', HTMLParagraphElement);
  const carriedStatus = byId(doc, 'carried-status', HTMLParagraphElement);
  const select = byId(doc, 'group-select', HTMLSelectElement);
  const button = byId(doc, 'setup-button', HTMLButtonElement);
  const repair = byId(doc, 'repair-button', HTMLButtonElement);
  const result = byId(doc, 'setup-result', HTMLParagraphElement);
  let wantedGroup = '';
  /** The open workbook's own rules and group, when it carries them (or this computer remembers its file). */
  let own: { j: Jurisdiction; group: WorkGroup } | null = null;

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

  const apply = async (j: Jurisdiction, group: WorkGroup): Promise<void> => {
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
  };

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      const j = state.jurisdiction;
      const group = j === null ? undefined : findWorkGroup(j, select.value);
      if (j === null || group === undefined) {
        alert.error('Choose the jurisdiction file and the work group first.');
        return;
      }
      await apply(j, group);
    }),
  );

  repair.addEventListener('click', () =>
    void busy(repair, alert, async () => {
      if (own === null) {
        alert.error('This workbook carries no rules to repair it from. Ask your steering committee for a fresh copy of your workbook.');
        return;
      }
      await apply(own.j, own.group);
    }),
  );

  return {
    preselect(meta) {
      own = null;
      if (meta === null) {
        carriedStatus.textContent = 'This workbook is not a work group\'s workbook. Open the workbook your steering committee sent you: it carries everything the add-in needs.';
        repair.disabled = true;
        return;
      }
      wantedGroup = meta.get('workGroupId') ?? '';
      const carried = jurisdictionFromMeta(meta, WORKBOOK_NAME).jurisdiction;
      const j = carried ?? recall(deps.store, meta.get('jurisdictionId') ?? '');
      const group = j === null ? undefined : findWorkGroup(j, wantedGroup);
      if (j !== null && group !== undefined) own = { j, group };
      carriedStatus.textContent =
        carried !== null
          ? `This workbook carries everything the add-in needs: ${group?.name ?? wantedGroup}'s lists, rules, due date (${group?.dueDate ?? ''}) and where to send it. There is nothing to choose.`
          : own !== null
            ? 'This workbook was made before workbooks carried their rules; this computer remembers its jurisdiction file, so it can still be checked and repaired.'
            : 'This workbook was made before workbooks carried their rules. Ask your steering committee for a fresh copy of your workbook.';
      repair.disabled = own === null;
      if (state.jurisdiction !== null) showGroups();
    },
  };
}
