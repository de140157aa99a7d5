import { backupCommand } from '../platform/backup/backup.command.js';
import { restoreCommand } from '../platform/backup/restore.command.js';
import { migrateCommand } from '../platform/cli/migrate.command.js';
import type { Command } from '../platform/cli/command.js';
import { userCommands } from '../platform/auth/user.command.js';
import type { AppModule } from '../platform/module.js';
import { importCpvCommand } from '../platform/reference/cpv.command.js';
import { MODULES } from './modules.js';

/** The CLI commands with these modules, in the order --help lists them: reference data, the modules' own, then accounts and the database. */
export function commandsFor(modules: readonly AppModule[]): Command[] {
  return [
    importCpvCommand,
    ...modules.flatMap((m) => m.commands ?? []),
    ...userCommands(),
    backupCommand,
    restoreCommand,
    migrateCommand,
  ];
}

/** Every CLI command of this installation. */
export const COMMANDS = commandsFor(MODULES);
