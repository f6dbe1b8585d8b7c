// Makes engagement workbooks from the project's own blank workbook, filled by code as a person would:
// the bundled sample (`--sample`: samples/engagement/) and a statewide collaborative for the figures
// (`--statewide <dir>`: 300 partners and 5,000 log rows, seeded, with its jurisdiction file).
// Run with `npm run gen:engagement -- --sample` or `-- --statewide /tmp/engagement-statewide`.

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseJurisdiction, type Jurisdiction } from '../../src/core';
import { CFSR_GROUPS, CFSR_OUTCOMES_AND_FACTORS, CFSR_PHASES, DEFAULT_METHODS, LOG_KINDS, PARTNERSHIP_LEVELS, RESOURCE_FLOWS, TIE_STRENGTHS, type EngagementRowCounts } from '../../src/core/engagement';
import { writeFileAtomic } from '../atomic-write';
import { statewideConfig } from '../bench/statewide-data';
import { readJurisdiction } from '../config/read-jurisdiction';
import { seededRandom } from '../snapshot/generate-snapshot-data';
import { buildEngagementWorkbook, fillEngagementWorkbook, type EngagementContent } from './engagement-workbook';
import { SAMPLE_ENGAGEMENT, SAMPLE_ENGAGEMENT_FILE } from './sample-engagement';

const ROOT = path.resolve(__dirname, '../../..');
/** Fixed so that regenerating gives the same workbook content. */
export const SAMPLE_ENGAGEMENT_CREATED = new Date(Date.UTC(2026, 5, 1, 9, 0, 0));

export async function sampleEngagementWorkbook(j: Jurisdiction): Promise<Buffer> {
  return fillEngagementWorkbook(await buildEngagementWorkbook(j, SAMPLE_ENGAGEMENT_CREATED, 'sample-engagement'), j, SAMPLE_ENGAGEMENT);
}

export const STATEWIDE_AS_OF = '2026-11-30';

/** A statewide collaborative: `partners` partners (one category left uncovered), `logRows` log rows over two years. */
export function statewideEngagement(j: Jurisdiction, partners: number, logRows: number, seed = 1): { content: EngagementContent; rows: EngagementRowCounts } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const categories = j.settings.stakeholderCategories.slice(0, -1);
  const names = Array.from({ length: partners }, (_, i) => `Partner ${String(i + 1).padStart(3, '0')} of Region ${(i % 60) + 1}`);
  const day = (offset: number): Date => new Date(Date.UTC(2024, 11, 1) + offset * 86_400_000);
  const foci = [...CFSR_PHASES, ...CFSR_OUTCOMES_AND_FACTORS];
  const content: EngagementContent = {
    partners: names.map((organisation, i) => ({
      organisation,
      side: i % 10 === 0 ? 'Internal' : 'External',
      group: i % 10 === 0 ? 'Child welfare agency staff' : pick(CFSR_GROUPS).label,
      category: categories[i % categories.length]?.label ?? '',
      level: pick(PARTNERSHIP_LEVELS).code,
      strength: pick(TIE_STRENGTHS).label,
      flow: pick(RESOURCE_FLOWS).label,
      agreements: random() < 0.4 ? 'Information-sharing agreement' : '',
      contact: pick(j.stakeholders).name,
      engagement: pick(['Green', 'Yellow', 'Red', 'No dot', '']),
      notes: random() < 0.2 ? 'Follow up after the regional meeting.' : '',
    })),
    // Every focus but the last gets partners and log rows: the last is left a gap.
    plan: foci.slice(0, -1).flatMap((f) => Array.from({ length: 10 }, () => ({ focus: f.code, partner: pick(names), method: pick(DEFAULT_METHODS), owner: pick(j.stakeholders).name, when: day(730 + Math.floor(random() * 200)) }))),
    log: Array.from({ length: logRows }, (_, i) => ({
      date: day(Math.floor((i / logRows) * 729)),
      who: pick(names),
      kind: pick(LOG_KINDS).label,
      topic: `Topic ${1 + Math.floor(random() * 400)}`,
      focus: random() < 0.8 ? pick(foci.slice(0, -1)).code : '',
      method: pick(DEFAULT_METHODS),
    })),
    evidence: [],
    reflection: [],
  };
  return { content, rows: { partners, plan: content.plan.length, log: logRows, evidence: 36 } };
}

export function statewideJurisdiction(): Jurisdiction {
  const { jurisdiction, issues } = parseJurisdiction(statewideConfig(150), 'statewide.json');
  if (jurisdiction === null) throw new Error(`statewide jurisdiction invalid: ${JSON.stringify(issues)}`);
  return jurisdiction;
}

async function main(argv: readonly string[]): Promise<void> {
  if (argv.includes('--sample')) {
    const { jurisdiction } = await readJurisdiction(path.join(ROOT, 'samples/jurisdiction.json'));
    const bytes = await sampleEngagementWorkbook(jurisdiction);
    await writeFileAtomic(path.join(ROOT, SAMPLE_ENGAGEMENT_FILE), bytes);
    process.stdout.write(`wrote ${SAMPLE_ENGAGEMENT_FILE} (${(bytes.length / 1024).toFixed(0)} KB)\n`);
  }
  const at = argv.indexOf('--statewide');
  if (at >= 0) {
    const dir = argv[at + 1];
    if (dir === undefined) throw new Error('--statewide needs a folder');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'jurisdiction.json'), JSON.stringify(statewideConfig(150), null, 1));
    const j = statewideJurisdiction();
    const { content, rows } = statewideEngagement(j, 300, 5000);
    const bytes = await fillEngagementWorkbook(await buildEngagementWorkbook(j, SAMPLE_ENGAGEMENT_CREATED, 'statewide', rows), j, content, rows);
    writeFileSync(path.join(dir, 'engagement.xlsx'), bytes);
    process.stdout.write(`wrote ${dir}/jurisdiction.json and ${dir}/engagement.xlsx (${(bytes.length / 1024).toFixed(0)} KB; as of ${STATEWIDE_AS_OF})\n`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exitCode = 1;
  });
}
