#!/usr/bin/env node
// The `service-array` command line: declares the sub-commands and is the only place that exits
// the process. Each command lives in pipeline/commands/ as an async function returning an exit code.

import './merge/start-readers-early';
import { Command, CommanderError, Help, type Option } from 'commander';
import { CliError, EXIT_FAILED } from './cli-error';
import { registerCommands } from './commands';
import { VERSION } from './version';

const plainHelp = new Help();

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('service-array')
    .description(
      'Service Array Process tools: work-group assessment workbooks, the Child and Family Snapshot ' +
        'and the consolidated Resource and Capacity Development Plan.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    // Every command's --help marks the options it cannot run without (inherited by sub-commands).
    .configureHelp({ optionDescription: (option: Option) => `${option.mandatory ? '(required) ' : ''}${plainHelp.optionDescription(option)}` })
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addHelpText(
    'after',
    [
      '',
      'A round, step by step (README: "A round, step by step"):',
      '  $ service-array init --out setup.xlsx                 the setup workbook to fill in',
      '  $ service-array template --config setup.xlsx --out-dir to-send/',
      '  $ service-array merge returned/ --config setup.xlsx --out plan.xlsx',
      '  $ service-array packet --config setup.xlsx --meeting next --plan plan.xlsx --out-dir meeting/   agenda, sign-in sheet, documents',
      '',
      'Exit codes: 0 done, 1 written but some inputs have problems, 2 nothing written, 3 an internal error (please report it).',
      'Run "service-array <command> --help" for a command\'s options and examples.',
    ].join('\n'),
  );
  let exitCode = 0;
  await registerCommands(
    program,
    (code) => {
      exitCode = code;
    },
    argv,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors already printed their message.
      return error.exitCode === 0 ? 0 : EXIT_FAILED;
    }
    if (error instanceof CliError) {
      process.stderr.write(`service-array: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output goes nowhere, and the
  // command still finishes what it writes, instead of stopping in a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // A bug, not bad input: say so plainly and keep the stack for the report.
      process.stderr.write(`service-array: internal error, please report it.\n${String(error instanceof Error ? error.stack : error)}\n`);
      process.exitCode = 3;
    },
  );
}
