// `service-array status-template`: one quarterly status-update workbook per work group, listing only
// that group's action steps from the current plan.

import { Option, type Command } from 'commander';
import { formatIssue, isIsoDate } from '../../src/core';
import { readJurisdiction } from '../config/read-jurisdiction';
import { CliError } from '../cli-error';
import type { SetExitCode } from './index';

interface Options {
  config: string;
  plan: string;
  outDir: string;
  asOf?: string;
  group?: string[];
}

export function registerStatusTemplate(program: Command, setExitCode: SetExitCode): void {
  program
    .command('status-template')
    .description('Write each work group a status-update workbook (.xlsx) of its own action steps, for the quarterly review.')
    .requiredOption('-c, --config <file>', 'the jurisdiction file (JSON)')
    .requiredOption('-p, --plan <plan.xlsx>', 'the current plan (written by "service-array merge")')
    .requiredOption('-o, --out-dir <dir>', 'folder to write the workbooks into (created if missing)')
    .option('--as-of <yyyy-mm-dd>', 'the round\'s date: names the meeting it prepares (default: today)')
    .addOption(new Option('-g, --group <id...>', 'only these work groups (default: all)'))
    .action(async (opts: Options) => {
      if (opts.asOf !== undefined && !isIsoDate(opts.asOf)) throw new CliError(`--as-of must be a date written yyyy-mm-dd, got "${opts.asOf}"`);
      const { jurisdiction, warnings } = await readJurisdiction(opts.config);
      for (const w of warnings) process.stderr.write(`warning: ${formatIssue(w)}\n`);
      const unknown = (opts.group ?? []).filter((g) => !jurisdiction.workGroups.some((w) => w.id.toLowerCase() === g.toLowerCase()));
      if (unknown.length > 0) throw new CliError(`Unknown work group ${unknown.join(', ')}; the jurisdiction file lists ${jurisdiction.workGroups.map((w) => w.id).join(', ')}`);
      const { writeStatusTemplates } = await import('../monitoring/write-status-templates.js');
      const today = new Date();
      const asOf = opts.asOf ?? `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
      const written = await writeStatusTemplates(jurisdiction, { plan: opts.plan, outDir: opts.outDir, asOf, ...(opts.group === undefined ? {} : { groups: opts.group }) });
      for (const t of written) process.stdout.write(`wrote ${t.file} (${t.group.id} ${t.group.name}: ${t.steps} action steps)\n`);
      setExitCode(0);
    });
}
