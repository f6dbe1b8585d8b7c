// Writes one assessment workbook per work group from the jurisdiction file.

import { randomUUID } from 'node:crypto';
import * as path from 'node:path';
import { buildWorkbookLayout, type Jurisdiction, type WorkGroup } from '../../src/core';
import { writeFileAtomic } from '../atomic-write';
import { renderTemplate } from '../xlsx/template-writer';
import { GENERATOR } from '../version';

export interface WrittenTemplate {
  readonly group: WorkGroup;
  readonly file: string;
  readonly bytes: number;
}

export interface TemplateOptions {
  readonly outDir: string;
  /** Only these work group ids (all when empty). */
  readonly groups?: readonly string[];
  /** Fixed time and ids make the bundled samples reproducible. */
  readonly now?: Date;
  readonly templateId?: (group: WorkGroup) => string;
}

export function templateFileName(j: Jurisdiction, group: WorkGroup): string {
  return `${j.id}-${group.id}.xlsx`;
}

export async function buildTemplate(j: Jurisdiction, group: WorkGroup, now: Date, templateId: string): Promise<Buffer> {
  const layout = buildWorkbookLayout(j, group, { templateId, createdAt: now.toISOString(), generator: GENERATOR });
  return renderTemplate(layout, { footer: `${j.name}, ${group.name}`, createdAt: now });
}

export async function writeTemplates(j: Jurisdiction, options: TemplateOptions): Promise<WrittenTemplate[]> {
  const now = options.now ?? new Date();
  const wanted = (options.groups ?? []).map((g) => g.toLowerCase());
  const groups = j.workGroups.filter((g) => wanted.length === 0 || wanted.includes(g.id.toLowerCase()));
  const written: WrittenTemplate[] = [];
  for (const group of groups) {
    const bytes = await buildTemplate(j, group, now, options.templateId?.(group) ?? randomUUID());
    const file = path.join(options.outDir, templateFileName(j, group));
    await writeFileAtomic(file, bytes);
    written.push({ group, file, bytes: bytes.length });
  }
  return written;
}
