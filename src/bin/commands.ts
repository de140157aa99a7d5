import type { Command } from '../platform/cli/command.js';
import { migrateCommand } from '../platform/cli/migrate.command.js';
import { importCpvCommand } from '../platform/reference/cpv.command.js';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: Command[] = [importCpvCommand, migrateCommand];
