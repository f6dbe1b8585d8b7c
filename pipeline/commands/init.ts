// `service-array init`: the steering committee's setup workbook, blank or filled from a jurisdiction
// file, so a round can be set up without writing JSON. Never writes over an existing file.

import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { Command } from 'commander';
import { buildSetupLayout } from '../../src/core';
import { CliError } from '../cli-error';
import { GENERATOR } from '../version';
import { QUIET_FLAG, QUIET_HELP, WRITES_OR_FAILS, helpFooter, loadJurisdiction, say } from './command-kit';
import type { SetExitCode } from './index';

interface Options {
  out: string;
  from?: string;
  quiet?: boolean;
}

export function registerInit(program: Command, setExitCode: SetExitCode): void {
  const command = program
    .command('init')
    .description('Write the steering committee\'s setup workbook (.xlsx) to fill in: the jurisdiction and plan period, work groups with capacities and due dates, the roster, settings. Every command takes it as --config.')
    .requiredOption('-o, --out <setup.xlsx>', 'the setup workbook to write (never over an existing file)')
    .option('-f, --from <setup.xlsx|jurisdiction.json>', 'fill it from an existing setup (e.g. your jurisdiction file), to keep it in Excel from now on')
    .option(QUIET_FLAG, QUIET_HELP)
    .action(async (opts: Options) => {
      const j = opts.from === undefined ? null : await loadJurisdiction(opts.from, opts.quiet);
      const now = new Date();
      const layout = buildSetupLayout(j, { workbookId: randomUUID(), createdAt: now.toISOString(), generator: GENERATOR });
      const { renderTemplate } = await import('../xlsx/template-writer.js');
      const bytes = await renderTemplate(layout, { footer: `${j?.name ?? 'Service Array Process'}: steering committee setup (committee only)`, createdAt: now });
      try {
        await fs.writeFile(opts.out, bytes, { flag: 'wx' });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new CliError(`${opts.out} already exists: nothing was written. Choose another --out, or move the file away first.`, 2, { cause: error });
        if (code === 'ENOENT') throw new CliError(`Cannot write ${opts.out}: its folder does not exist.`, 2, { cause: error });
        throw new CliError(`Cannot write ${opts.out}: ${code ?? String(error)}`, 2, { cause: error });
      }
      say(opts.quiet, [
        `wrote ${opts.out} (${Math.max(1, Math.round(bytes.length / 1024))} KB)${j === null ? '' : `, filled from ${opts.from ?? ''}: ${j.workGroups.length} work groups, ${j.stakeholders.length} people`}`,
        `Fill it in, then: service-array template --config ${opts.out} --out-dir to-send/`,
      ]);
      setExitCode(0);
    });
  helpFooter(command, ['init --out setup.xlsx', 'init --from jurisdiction.json --out setup.xlsx'], WRITES_OR_FAILS);
}
