// "Ready to submit": checks the workbook, says how much of it is done, asks before marking a
// workbook with nothing filled in, then writes the submission time into the metadata sheet and tells
// the member, in plain words, where to send the file and by when (what the workbook itself carries).

import { META_SHEET, findWorkGroup, type Jurisdiction } from '../../core';
import type { AppDeps, AppState } from '../app-state';
import { doneText } from '../check-work';
import { ask, busy, byId, element, type Announcer } from '../dom';
import { jurisdictionFor, runCheck } from './check-panel';

/** Where the finished workbook goes: the committee's shared address, else the facilitator by name. */
export function sendTo(j: Jurisdiction, groupId: string): string {
  if (j.submitTo !== '') return j.submitTo;
  const group = findWorkGroup(j, groupId);
  const person = j.stakeholders.find((s) => s.id === group?.facilitator);
  return person === undefined ? 'your facilitator' : `your facilitator, ${person.name}`;
}

export const EMPTY_QUESTION = 'Nothing has been filled in yet: no rating, service, need, conclusion or action step. Mark this empty workbook as ready to submit anyway?';

export function mountSubmit(doc: Document, deps: AppDeps, state: AppState, alert: Announcer): void {
  const button = byId(doc, 'submit-button', HTMLButtonElement);
  const out = byId(doc, 'submit-result', HTMLDivElement);
  const question = byId(doc, 'submit-ask', HTMLDivElement);
  button.addEventListener('click', () =>
    void busy(button, alert, async () => {
      out.replaceChildren();
      const result = await runCheck(deps, state, alert);
      const j = await jurisdictionFor(deps, state);
      if (result === null || j === null) return;
      const submission = result.submission;
      if (submission === null || result.hasErrors) {
        const errors = result.cards.filter((p) => p.severity === 'error').length;
        alert.error(`Not ready yet: ${errors} problem${errors === 1 ? '' : 's'} must be fixed first. Open "2. Check my work" to see ${errors === 1 ? 'it' : 'them'} and jump to each one.`);
        return;
      }
      if (result.empty && !(await ask(doc, question, EMPTY_QUESTION, 'Yes, mark it ready', 'No, keep working'))) {
        out.replaceChildren(element(doc, 'p', 'Not marked. Fill in your assessments, then press "Mark as ready to submit" again.'));
        return;
      }
      const at = deps.now();
      await deps.gateway.writeMeta(META_SHEET, [['submittedAt', at.toISOString()]]);
      const group = findWorkGroup(j, submission.meta.workGroupId);
      const steps = element(doc, 'ol');
      for (const text of [
        'Save the workbook now (Ctrl+S, or it saves itself in OneDrive).',
        `Send the saved file to ${sendTo(j, submission.meta.workGroupId)}${group === undefined ? '' : ` by ${group.dueDate}`}.`,
        'Keep the sheet names and column headers as they are, so the steering committee can merge it.',
      ]) steps.append(element(doc, 'li', text));
      out.append(element(doc, 'p', `Marked ready to submit on ${at.toISOString().slice(0, 16).replace('T', ' ')} (UTC). ${doneText(result.empty, result.done)}`), steps);
    }),
  );
}
