// The "Start here" sheet: who the group is, what it assesses, when it is due, how to fill the
// workbook in and what the ratings mean, for volunteers who have never seen it before.

import type { Jurisdiction, WorkGroup } from '../jurisdiction/jurisdiction-types';
import { ASSESSMENTS } from '../assessments';
import type { InfoSection, InfoSheet } from './layout-types';
import { CONCLUSIONS_SHEET, PLAN_SHEET, START_SHEET, capacitySheetName } from './sheet-names';

export function buildStartHere(j: Jurisdiction, group: WorkGroup): InfoSheet {
  const person = (id: string): string => {
    const p = j.stakeholders.find((s) => s.id === id);
    if (p === undefined) return id;
    const org = p.organisation === '' ? '' : `, ${p.organisation}`;
    // Names and organisations only: the workbook travels, so no one's email is in it.
    return `${p.name}${org}`;
  };
  const sendTo = j.submitTo !== '' ? j.submitTo : `your facilitator, ${person(group.facilitator)}`;
  const capacities = group.capacities.map((id) => j.settings.capacities.find((c) => c.id === id));
  const who: InfoSection = {
    heading: 'Your work group',
    rows: [
      ['Jurisdiction', j.name + (j.state === '' ? '' : `, ${j.state}`)],
      ['Work group', `${group.name} (${group.id})`],
      ['Facilitator', person(group.facilitator)],
      ['Reporter', person(group.reporter)],
      ['Members', group.members.map((m) => j.stakeholders.find((s) => s.id === m)?.name ?? m).join('; ')],
      ['Due date', `Send this workbook back by ${group.dueDate}`],
      ['Send it to', sendTo],
      ['Plan period', `${j.planPeriod.start} to ${j.planPeriod.end}`],
    ],
  };
  const what: InfoSection = {
    heading: 'Capacities you assess',
    rows: capacities.flatMap((c) => (c === undefined ? [] : [[`${c.id} - ${c.label}`, c.outcome] as const])),
  };
  const how: InfoSection = {
    heading: 'How to fill it in',
    rows: [
      ['1. Four assessments', `For each capacity there are four sheets: ${ASSESSMENTS.map((a) => a.label).join('; ')}. Work through them as a group.`],
      ['2. Where to type', 'Type only in the white cells. Shaded cells are filled in for you and locked, so they cannot be changed by accident.'],
      ['3. Dropdowns', 'Where a cell shows a small arrow, choose from the list. For ratings you can also type just the number (1-4) or "Don\'t know".'],
      ['4. Dates', 'Type dates as 2027-03-31 or 3/31/2027.'],
      ['5. More rows', 'Use the blank rows provided. If you need more, insert a row inside the table (right-click a row number, Insert).'],
      ['6. Conclusions', `On "${CONCLUSIONS_SHEET}", write the strengths and gaps your assessments found, one per row.`],
      ['7. Plan', `On "${PLAN_SHEET}", draft action steps for the gaps. Each row already has a step id: keep it, the committee tracks the step by it.`],
      ['8. Privacy', 'Never type the name or details of a child or family. Describe patterns, not cases.'],
      ['9. When done', `Save the workbook and send it to ${sendTo} by ${group.dueDate}. With the Service Array add-in, press "Ready to submit" first: it checks the workbook. Do not rename sheets or change the column headers.`],
    ],
  };
  const legend: InfoSection = {
    heading: 'Rating legend',
    rows: [
      ...j.settings.ratingScale.levels.map((l) => [`${l.value} - ${l.label}`, l.meaning] as const),
      [j.settings.ratingScale.dontKnow, 'The group does not have the information to rate it. Say in Evidence what would help.'],
    ],
  };
  const sheets: InfoSection = {
    heading: 'Sheets in this workbook',
    rows: [
      ...group.capacities.flatMap((c) => [
        [capacitySheetName(c, 'practice'), 'Rate each casework practice for this capacity.'] as const,
        [capacitySheetName(c, 'leadership'), 'Rate leadership and systemic culture for this capacity.'] as const,
        [capacitySheetName(c, 'services'), 'List the services that exist today and rate them.'] as const,
        [capacitySheetName(c, 'needs'), 'List the services or practices that are needed but missing.'] as const,
      ]),
      [CONCLUSIONS_SHEET, 'Strengths and gaps, for the Service Array Assessment Report.'],
      [PLAN_SHEET, "Your section of the Resource and Capacity Development Plan."],
    ],
  };
  return {
    kind: 'info',
    name: START_SHEET,
    title: `${j.name}: Service Array Assessment, ${group.name}`,
    sections: [who, what, how, legend, sheets],
  };
}
