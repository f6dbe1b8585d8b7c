// The list of sub-commands. Each registers itself on the program and reports its exit code. Only the
// command being run is loaded: the others' modules (the Snapshot's, the documents') took a seventh of
// a statewide merge's start-up, before it could read anything.

import type { Command } from 'commander';

export type SetExitCode = (code: number) => void;
export type RegisterCommand = (program: Command, setExitCode: SetExitCode) => void;

/** In the order the help lists them. */
const COMMANDS: Readonly<Record<string, () => Promise<RegisterCommand>>> = {
  init: async () => (await import('./init.js')).registerInit,
  merge: async () => (await import('./merge.js')).registerMerge,
  snapshot: async () => (await import('../snapshot/snapshot-command.js')).registerSnapshot,
  template: async () => (await import('./template.js')).registerTemplate,
  'status-template': async () => (await import('./status-template.js')).registerStatusTemplate,
  roster: async () => (await import('./roster.js')).registerRoster,
  engagement: async () => (await import('./engagement.js')).registerEngagement,
  reports: async () => (await import('./reports.js')).registerReports,
  packet: async () => (await import('./packet.js')).registerPacket,
};

/** The command `argv` names, or every command when it names none (help, a version, a mistyped name). */
export async function registerCommands(program: Command, setExitCode: SetExitCode, argv: readonly string[]): Promise<void> {
  const name = argv[0] ?? '';
  const loads = Object.hasOwn(COMMANDS, name) ? [COMMANDS[name]] : Object.values(COMMANDS);
  for (const load of loads) if (load !== undefined) (await load())(program, setExitCode);
}
