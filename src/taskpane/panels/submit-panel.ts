// "Ready to submit": checks the workbook, then writes the submission time into the metadata sheet
// and tells the member, in plain words, how to send the file and to whom.

import { META_SHEET, findWorkGroup, type Jurisdiction } from '../../core';
import type { AppDeps, AppState } from '../app-state';
import { busy, byId, element, type Announcer } from '../dom';
import { runCheck } from './check-panel';

function facilitatorOf(j: Jurisdiction, groupId: string): string {
  const group = findWorkGroup(j, groupId);
  const person = j.stakeholders.find((s) => s.id === group?.facilitator);
  if (person === undefined) return 'your facilitator';
  return person.email === '' ? `${person.name} (your facilitator)` : `${person.name} (${person.email}), your facilitator`;
}

export function mountSubmit(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const button = byId(doc, 'submit-button', HTMLButtonElement);
  const out = byId(doc, 'submit-result', HTMLDivElement);
  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      out.replaceChildren();
      const result = await runCheck(deps, state, alert);
      if (result === null || state.jurisdiction === null) return;
      const submission = result.submission;
      if (submission === null || result.hasErrors) {
        const errors = result.problems.filter((p) => p.severity === 'error').length;
        alert.error(`Not ready yet: ${errors} problem${errors === 1 ? '' : 's'} must be fixed first. Open "2. Check my work" to see ${errors === 1 ? 'it' : 'them'} and jump to each cell.`);
        return;
      }
      const at = deps.now();
      await deps.gateway.writeMeta(META_SHEET, [['submittedAt', at.toISOString()]]);
      const group = findWorkGroup(state.jurisdiction, submission.meta.workGroupId);
      const steps = element(doc, 'ol');
      for (const text of [
        'Save the workbook now (Ctrl+S, or it saves itself in OneDrive).',
        `Send the saved file to ${facilitatorOf(state.jurisdiction, submission.meta.workGroupId)}${group === undefined ? '' : ` by ${group.dueDate}`}, as an email attachment or in your shared folder.`,
        'Keep the sheet names and column headers as they are, so the steering committee can merge it.',
      ]) steps.append(element(doc, 'li', text));
      out.append(element(doc, 'p', `Marked ready to submit on ${at.toISOString().slice(0, 16).replace('T', ' ')} (UTC).`), steps);
    }),
  );
}
