// The engagement command as one function the CLI and the tests call: the blank workbook to fill, or
// the report (workbook with the eco-map picture, and the SVG) from a filled one, written together.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { randomUUID } from 'node:crypto';
import { type Issue, type Jurisdiction } from '../../src/core';
import { analyseEngagement, type EngagementReport } from '../../src/core/engagement';
import { writeFileAtomic, writeFilesAtomic } from '../atomic-write';
import { CliError, EXIT_OK, EXIT_PROBLEMS } from '../cli-error';
import { renderPng } from './ecomap-png';
import { ecoMapSvg } from './ecomap-svg';
import { buildEngagementWorkbook } from './engagement-workbook';
import { readEngagementFile } from './read-engagement';
import { renderEngagementReport } from './report-writer';

export interface EngagementOptions {
  readonly out: string;
  readonly engagement?: string;
  readonly svg?: string;
  readonly asOf: string;
  readonly now?: Date;
}

export interface EngagementRun {
  readonly exitCode: number;
  readonly written: readonly { readonly path: string; readonly bytes: number }[];
  /** Null when only the blank workbook was written. */
  readonly report: EngagementReport | null;
  readonly png: { readonly width: number; readonly height: number; readonly bytes: number } | null;
}

export async function runEngagement(j: Jurisdiction, options: EngagementOptions): Promise<EngagementRun> {
  const now = options.now ?? new Date();
  if (options.engagement === undefined) {
    if (options.svg !== undefined) throw new CliError('--svg draws the eco-map of a filled workbook: give it with --engagement <engagement.xlsx>');
    // A filled workbook is the committee's own record: never replace it with a blank one.
    if (existsSync(options.out)) throw new CliError(`${options.out} already exists and was not replaced: to make a blank engagement workbook, give a new file name`);
    const bytes = await buildEngagementWorkbook(j, now, randomUUID());
    await writeFileAtomic(options.out, bytes);
    return { exitCode: EXIT_OK, written: [{ path: path.resolve(options.out), bytes: bytes.length }], report: null, png: null };
  }
  const parsed = readEngagementFile(options.engagement, j, options.asOf);
  if (parsed.data === null) throw new CliError(`The engagement workbook cannot be used; nothing was written:\n${parsed.issues.map((i) => `  - ${describe(i)}`).join('\n')}`);
  const report = analyseEngagement(parsed.data, j, options.asOf, parsed.issues);
  const svg = ecoMapSvg(report.ecomap);
  const png = renderPng(svg, report.ecomap.width, report.ecomap.height);
  const outputs = [{ path: options.out, data: await renderEngagementReport(report, png, now) }];
  if (options.svg !== undefined) outputs.push({ path: options.svg, data: Buffer.from(svg) });
  await writeFilesAtomic(outputs);
  return {
    exitCode: parsed.issues.some((i) => i.severity === 'error') ? EXIT_PROBLEMS : EXIT_OK,
    written: outputs.map((o) => ({ path: path.resolve(o.path), bytes: o.data.length })),
    report,
    png: { width: png.width, height: png.height, bytes: png.data.length },
  };
}

function describe(i: Issue): string {
  return `${i.message}${i.file === undefined ? '' : ` (${i.file})`}. ${i.advice ?? ''}`.trim();
}
