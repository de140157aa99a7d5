import type { Generated } from 'kysely';

/** The example module's one table. */
export interface ExampleTables {
  example_note: { id: Generated<number>; text: string };
}
