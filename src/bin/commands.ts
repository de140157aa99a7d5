import type { Command } from '../platform/cli/command.js';
import { backupCommand } from '../platform/backup/backup.command.js';
import { restoreCommand } from '../platform/backup/restore.command.js';
import { migrateCommand } from '../platform/cli/migrate.command.js';
import { importCpvCommand } from '../platform/reference/cpv.command.js';
import { exportEnterprisesCommand } from '../modules/register/export.command.js';
import { importEnterprisesCommand } from '../modules/register/import.command.js';
import { seedCommand } from '../modules/register/seed.command.js';
import { registerAccountHooks } from '../modules/register/account-hooks.js';
import { userCommands } from '../platform/auth/user.command.js';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: Command[] = [
  importCpvCommand,
  importEnterprisesCommand,
  exportEnterprisesCommand,
  seedCommand,
  ...userCommands(registerAccountHooks.findEnterprise),
  backupCommand,
  restoreCommand,
  migrateCommand,
];
