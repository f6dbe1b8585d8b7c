// Writes one quarterly status-update workbook per work group from the current plan: the group's own
// steps as the plan has them, and the cells to fill in. Rendered by the assessment template writer.

import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { buildStatusUpdateLayout, nextMeeting, stepsToUpdate, type Jurisdiction, type PlanStep, type WorkGroup } from '../../src/core';
import { writeFileAtomic } from '../atomic-write';
import { readPreviousPlan } from '../merge/previous-plan-reader';
import { renderTemplate } from '../xlsx/template-writer';
import { GENERATOR } from '../version';

export interface StatusTemplateOptions {
  readonly plan: string;
  readonly outDir: string;
  /** yyyy-mm-dd: names the round and the meeting it prepares. */
  readonly asOf: string;
  readonly groups?: readonly string[];
  readonly now?: Date;
  readonly updateId?: (group: WorkGroup) => string;
}

export interface WrittenStatusTemplate {
  readonly group: WorkGroup;
  readonly file: string;
  readonly steps: number;
}

export function statusTemplateFileName(j: Jurisdiction, group: WorkGroup, asOf: string): string {
  return `${j.id}-${group.id}-status-${asOf}.xlsx`;
}

export async function buildStatusTemplate(j: Jurisdiction, group: WorkGroup, steps: readonly PlanStep[], asOf: string, now: Date, updateId: string): Promise<Buffer> {
  const layout = buildStatusUpdateLayout(j, group, steps, { updateId, createdAt: now.toISOString(), generator: GENERATOR, asOf, meeting: nextMeeting(j.firstMeeting, asOf) });
  return renderTemplate(layout, { footer: `${j.name}, ${group.name}: status update`, createdAt: now });
}

export async function writeStatusTemplates(j: Jurisdiction, options: StatusTemplateOptions): Promise<WrittenStatusTemplate[]> {
  const { plan } = await readPreviousPlan(options.plan, j, 'give --plan the plan.xlsx that "service-array merge" wrote last');
  const now = options.now ?? new Date();
  const wanted = (options.groups ?? []).map((g) => g.toLowerCase());
  const written: WrittenStatusTemplate[] = [];
  for (const group of j.workGroups.filter((g) => wanted.length === 0 || wanted.includes(g.id.toLowerCase()))) {
    const bytes = await buildStatusTemplate(j, group, plan.steps, options.asOf, now, options.updateId?.(group) ?? randomUUID());
    const file = path.join(options.outDir, statusTemplateFileName(j, group, options.asOf));
    await writeFileAtomic(file, bytes);
    written.push({ group, file, steps: stepsToUpdate(group, plan.steps).length });
  }
  return written;
}
