// "Check my work": reads the open workbook through the gateway, runs the core's validation and
// lists the problems in plain words, one card per row, each with a button that selects its cell;
// then how much of the workbook is done.

import { assessmentLabel, jurisdictionFromMeta, type AssessmentId, type Jurisdiction } from '../../core';
import { recall, type AppDeps, type AppState } from '../app-state';
import { WORKBOOK_NAME, checkWorkbook, percent, type CheckResult, type ProblemCard } from '../check-work';
import { busy, byId, element, type Announcer } from '../dom';

export const NEED_JURISDICTION =
  'This workbook does not carry its rules (it was made before they were), and this computer has no jurisdiction file for it. Ask your steering committee for a fresh copy of your workbook, or open "1. Set up or repair" and choose the committee\'s jurisdiction file.';

/**
 * The jurisdiction for this workbook: one chosen in this session, else what the workbook itself
 * carries, else one this computer remembers for it (workbooks made before they carried their rules).
 */
export async function jurisdictionFor(deps: AppDeps, state: AppState): Promise<Jurisdiction | null> {
  if (state.jurisdiction !== null) return state.jurisdiction;
  const meta = (await deps.gateway.readState()).meta;
  if (meta === null) return null;
  const carried = jurisdictionFromMeta(meta, WORKBOOK_NAME).jurisdiction;
  if (carried !== null) return carried;
  const id = meta.get('jurisdictionId') ?? '';
  return id === '' ? null : recall(deps.store, id);
}

export const NOT_A_GROUP_WORKBOOK =
  'This workbook is not a work group\'s assessment workbook. Open the workbook your steering committee sent you: it carries everything the add-in needs.';

export async function runCheck(deps: AppDeps, state: AppState, alert: Announcer): Promise<CheckResult | null> {
  const j = await jurisdictionFor(deps, state);
  if (j === null) {
    alert.error(state.jurisdiction === null && (await deps.gateway.readState()).meta === null ? NOT_A_GROUP_WORKBOOK : NEED_JURISDICTION);
    return null;
  }
  return checkWorkbook(await deps.gateway.readGrid(), j);
}

export function mountCheck(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const button = byId(doc, 'check-button', HTMLButtonElement);
  const summary = byId(doc, 'check-summary', HTMLParagraphElement);
  const list = byId(doc, 'problem-list', HTMLUListElement);
  const table = byId(doc, 'progress-table', HTMLTableElement);
  const heading = byId(doc, 'h-progress', HTMLHeadingElement);

  const card = (c: ProblemCard): HTMLLIElement => {
    const li = element(doc, 'li', undefined, c.severity);
    li.append(element(doc, 'span', c.severity === 'error' ? 'Must fix: ' : 'Please check: ', 'sa-kind'), element(doc, 'span', c.place, 'sa-place'));
    for (const line of c.lines) li.append(element(doc, 'br'), element(doc, 'span', line));
    const target = c.target;
    if (target !== null) {
      const go = element(doc, 'button', c.goTo, 'sa-button');
      go.type = 'button';
      go.addEventListener('click', () => void busy(go, alert, () => deps.gateway.selectCell(target.sheet, target.address)));
      li.append(element(doc, 'br'), go);
    }
    return li;
  };

  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      summary.textContent = 'Checking…';
      const result = await runCheck(deps, state, alert);
      if (result === null) {
        summary.textContent = '';
        return;
      }
      summary.textContent = result.summary;
      list.replaceChildren(...result.cards.map(card));
      const body = table.tBodies[0];
      body?.replaceChildren(
        ...result.progress.map((p) => {
          const tr = element(doc, 'tr');
          tr.append(element(doc, 'td', p.capacity), element(doc, 'td', assessmentLabel(p.assessment as AssessmentId)), element(doc, 'td', `${percent(p.fraction)}: ${p.detail}`));
          return tr;
        }),
      );
      table.hidden = heading.hidden = result.progress.length === 0;
    }),
  );
}
