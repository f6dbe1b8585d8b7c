// Regenerates samples/submissions/: the four work groups' workbooks for Riverbend County, made from
// the project's own template and filled with SAMPLE_CONTENT the way members would (WG4 unfinished).
// Run with `npm run samples`.

import * as path from 'node:path';
import { buildWorkbookLayout, findWorkGroup } from '../../src/core';
import { readJurisdiction } from '../config/read-jurisdiction';
import { writeFileAtomic } from '../atomic-write';
import { buildTemplate, templateFileName } from '../template/write-templates';
import { fillTemplate } from './fill-template';
import { SAMPLE_CONTENT } from './sample-content';
import { GENERATOR } from '../version';

const ROOT = path.resolve(__dirname, '../../..');
/** Fixed so that regenerating gives the same content. */
export const SAMPLE_TEMPLATE_DATE = new Date(Date.UTC(2026, 9, 1, 9, 0, 0));

/** When each group pressed "Ready to submit"; WG3 a little after its due date, WG4 never. */
const SUBMITTED: Readonly<Record<string, string>> = {
  WG1: '2026-11-24T16:05:00.000Z',
  WG2: '2026-11-30T21:40:00.000Z',
  WG3: '2026-12-07T09:15:00.000Z',
};

async function main(): Promise<void> {
  const { jurisdiction } = await readJurisdiction(path.join(ROOT, 'samples/jurisdiction.json'));
  for (const content of SAMPLE_CONTENT) {
    const group = findWorkGroup(jurisdiction, content.groupId);
    if (group === undefined) throw new Error(`sample content for unknown group ${content.groupId}`);
    const templateId = `sample-${group.id.toLowerCase()}`;
    const template = await buildTemplate(jurisdiction, group, SAMPLE_TEMPLATE_DATE, templateId);
    const layout = buildWorkbookLayout(jurisdiction, group, { templateId, createdAt: SAMPLE_TEMPLATE_DATE.toISOString(), generator: GENERATOR });
    const submittedAt = SUBMITTED[group.id];
    const filled = await fillTemplate(template, layout, submittedAt === undefined ? content : { ...content, submittedAt });
    const file = path.join(ROOT, 'samples/submissions', templateFileName(jurisdiction, group));
    await writeFileAtomic(file, filled);
    process.stdout.write(`wrote ${path.relative(ROOT, file)} (${(filled.length / 1024).toFixed(0)} KB)\n`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exitCode = 1;
  });
}
