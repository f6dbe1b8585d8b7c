// The list of sub-commands. Each registers itself on the program and reports its exit code.

import type { Command } from 'commander';
import { registerMerge } from './merge';
import { registerTemplate } from './template';
import { registerStatusTemplate } from './status-template';
import { registerRoster } from './roster';
import { registerEngagement } from './engagement';
import { registerInit } from './init';
import { registerReports } from './reports';
import { registerPacket } from './packet';
import { registerSnapshot } from '../snapshot/snapshot-command';

export type SetExitCode = (code: number) => void;
export type RegisterCommand = (program: Command, setExitCode: SetExitCode) => void;

const commands: RegisterCommand[] = [registerInit, registerMerge, registerSnapshot, registerTemplate, registerStatusTemplate, registerRoster, registerEngagement, registerReports, registerPacket];

export function registerCommands(program: Command, setExitCode: SetExitCode): void {
  for (const register of commands) register(program, setExitCode);
}
