// A run that cannot go on: carries the exit code and the cause. Only pipeline/cli.ts turns it
// into process.exit, so every command stays testable as a plain async function.

export const EXIT_OK = 0;
/** Output written, but some inputs had problems. */
export const EXIT_PROBLEMS = 1;
/** Nothing written: bad arguments, bad configuration, unwritable output. */
export const EXIT_FAILED = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}
