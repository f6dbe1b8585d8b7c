// Mounts the task pane on its markup: the task buttons, the workbook status line and the
// panels. Receives the gateway and everything else it needs as parameters; never names Excel.

import type { AppDeps, AppState } from './app-state';
import { announcer, byId } from './dom';
import { mountCheck } from './panels/check-panel';
import { mountSetup } from './panels/setup-panel';
import { mountStatusUpdate } from './panels/status-panel';
import { mountSnapshot } from './panels/snapshot-panel';
import { mountSubmit } from './panels/submit-panel';

const TABS = ['setup', 'check', 'submit', 'status', 'snapshot'] as const;

function mountTabs(doc: Document): (name: (typeof TABS)[number]) => void {
  const show = (name: (typeof TABS)[number]): void => {
    for (const t of TABS) {
      const tab = byId(doc, `tab-${t}`, HTMLButtonElement);
      const current = t === name;
      if (current) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
      byId(doc, `panel-${t}`, HTMLElement).hidden = !current;
    }
  };
  for (const t of TABS) byId(doc, `tab-${t}`, HTMLButtonElement).addEventListener('click', () => show(t));
  return show;
}

export async function mountTaskpane(doc: Document, deps: AppDeps, supported: boolean): Promise<void> {
  const alert = announcer(doc);
  const state: AppState = { jurisdiction: null };
  const status = byId(doc, 'workbook-status', HTMLParagraphElement);
  const show = mountTabs(doc);
  // The ribbon's Snapshot button opens the pane on the analysts' task (taskpane.html?task=snapshot).
  if (new URLSearchParams(doc.location.search).get('task') === 'snapshot') show('snapshot');
  const refresh = async (): Promise<void> => {
    const meta = (await deps.gateway.readState()).meta;
    status.textContent =
      meta === null
        ? 'This workbook is not set up yet.'
        : `This workbook: ${meta.get('workGroupName') ?? ''} (${meta.get('workGroupId') ?? ''}), ${meta.get('jurisdictionName') ?? ''}.` +
          (meta.get('submittedAt') ? ' Marked ready to submit.' : '');
    setup.preselect(meta);
  };
  const setup = mountSetup(doc, deps, state, alert, refresh);
  // The workbook may have changed since the pane opened (a sheet deleted): look again.
  byId(doc, 'tab-setup', HTMLButtonElement).addEventListener('click', () => void refresh().catch(() => undefined));
  mountCheck(doc, deps, state, alert);
  mountSubmit(doc, deps, state, alert);
  mountStatusUpdate(doc, deps, state, alert);
  mountSnapshot(doc, deps, state, alert);
  if (!supported) {
    alert.error('This version of Excel is too old for the add-in (it needs Excel API 1.9: Excel 2019 or later, Microsoft 365 or Excel on the web). The workbook itself still works without the add-in.');
  }
  try {
    await refresh();
  } catch {
    status.textContent = 'The workbook could not be read yet.';
  }
}
