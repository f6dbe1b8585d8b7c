// "Check my work": reads the open workbook through the gateway, runs the core's validation and
// lists each problem in plain words with a button that selects its cell; then completeness.

import { assessmentLabel, type AssessmentId, type Jurisdiction } from '../../core';
import { recall, type AppDeps, type AppState } from '../app-state';
import { checkWorkbook, percent, type CheckResult, type Problem } from '../check-work';
import { busy, byId, element, type Announcer } from '../dom';

export const NEED_JURISDICTION =
  'The add-in needs the jurisdiction file to check this workbook. On "1. Set up", choose the file your steering committee sent (nothing in the workbook changes).';

/** The jurisdiction for this workbook: the one chosen in this session, or the one remembered for its metadata. */
export async function jurisdictionFor(deps: AppDeps, state: AppState): Promise<Jurisdiction | null> {
  if (state.jurisdiction !== null) return state.jurisdiction;
  const meta = (await deps.gateway.readState()).meta;
  const id = meta?.get('jurisdictionId') ?? '';
  state.jurisdiction = id === '' ? null : recall(deps.store, id);
  return state.jurisdiction;
}

export async function runCheck(deps: AppDeps, state: AppState, alert: Announcer): Promise<CheckResult | null> {
  const j = await jurisdictionFor(deps, state);
  if (j === null) {
    alert.error(NEED_JURISDICTION);
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

  const problemItem = (p: Problem): HTMLLIElement => {
    const li = element(doc, 'li', undefined, p.severity);
    li.append(element(doc, 'span', p.severity === 'error' ? 'Must fix: ' : 'Please check: ', 'sa-kind'), element(doc, 'span', p.text));
    const target = p.target;
    if (target !== null) {
      const go = element(doc, 'button', `Go to ${target.sheet}!${target.address}`, 'sa-button');
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
      list.replaceChildren(...result.problems.map(problemItem));
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
