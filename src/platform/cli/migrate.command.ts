import { migrateToLatest } from '../db/migrations.js';
import type { Command } from './command.js';

export const migrateCommand: Command = {
  path: ['migrate'],
  summary: 'Uppdatera databasens struktur till senaste versionen',
  usage: 'asf migrate',
  help: 'Kör de migreringar som inte har körts. Körs också automatiskt när servern startar.\nAnvänder DATABASE_URL om den är satt, annars den inbyggda databasen i DATA_DIR.',
  async run(_args, io, env) {
    // Opened without migrating, so that the command can say what it ran.
    const database = await env.database({ migrate: false });
    const applied = await migrateToLatest(database.db, env.composition.migrations);
    io.out(
      applied.length ? `Körde ${applied.length} migreringar: ${applied.join(', ')}` : 'Databasen är redan uppdaterad.',
    );
    return 0;
  },
};
