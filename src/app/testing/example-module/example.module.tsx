import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../../platform/context.js';
import type { PlatformDB } from '../../../platform/db/schema.js';
import { AppError, type ErrorTable } from '../../../platform/http/errors.js';
import type { AppModule } from '../../../platform/module.js';
import { Layout } from '../../../platform/views/layout.js';
import { sendPage } from '../../../platform/views/render.js';
import type { ExampleTables } from './example.tables.js';

/**
 * A module used only in tests (module-contract.test.ts): a page for coordinators, its menu item,
 * a queued job, a table of its own, an API path in the OpenAPI document, an error id and a CLI
 * command — all through the module contract (platform/module.ts), with no platform file touched.
 */

type Tables = { [K in keyof ExampleTables]: ExampleTables[K] };
const exampleDb = (db: Kysely<PlatformDB>) => db.withTables<Tables>();

export const EXAMPLE_JOB = 'example.add_note';

const NoteSchema = z.object({ id: z.number().int(), text: z.string() }).strict();
const NoteListSchema = z.object({ items: z.array(NoteSchema) }).strict();

const EXAMPLE_ERRORS = {
  example_note_not_found: { status: 404, meaning: 'Exempelmodulen har ingen anteckning med det id:t.' },
} as const satisfies ErrorTable;

declare module '../../../platform/http/errors.js' {
  interface ModuleErrorIds {
    example_note_not_found: true;
  }
}

function routes(app: FastifyInstance, ctx: AppContext): void {
  const db = exampleDb(ctx.db);
  app.get('/exempel', async (_req, reply) => {
    const notes = await db.selectFrom('example_note').select(['id', 'text']).orderBy('id').execute();
    return sendPage(
      reply,
      <Layout title="Exempelmodulen" path="/exempel" demo={false}>
        <h1>Exempelmodulen</h1>
        <ul>
          {notes.map((n) => (
            <li>{n.text}</li>
          ))}
        </ul>
      </Layout>,
    );
  });
  app.get('/api/v1/example/notes', async () =>
    NoteListSchema.parse({ items: await db.selectFrom('example_note').select(['id', 'text']).execute() }),
  );
  app.get('/api/v1/example/notes/:id', async (req) => {
    const id = Number((req.params as { id: string }).id);
    const note = Number.isInteger(id)
      ? await db.selectFrom('example_note').select(['id', 'text']).where('id', '=', id).executeTakeFirst()
      : undefined;
    if (!note) throw new AppError('example_note_not_found', 'Anteckningen finns inte.');
    return NoteSchema.parse(note);
  });
}

export const exampleModule: AppModule<ExampleTables> = {
  name: 'example',
  migrations: {
    '9001_example_note': {
      async up(db: Kysely<unknown>) {
        await sql`create table example_note (id serial primary key, text text not null)`.execute(db);
      },
    },
  },
  routes,
  nav: [{ href: '/exempel', label: { sv: 'Exempel', en: 'Example' }, roles: ['coordinator'], order: 150 }],
  access: [
    { prefix: '/exempel', access: ['coordinator', 'admin'] },
    { prefix: '/api/v1/example', access: 'public' },
  ],
  jobs: {
    async [EXAMPLE_JOB](ctx, payload) {
      await exampleDb(ctx.db)
        .insertInto('example_note')
        .values({ text: String(payload.text) })
        .execute();
    },
  },
  errors: EXAMPLE_ERRORS,
  openApi: () => ({
    tags: [{ name: 'Exempel', description: 'Exempelmodulens anteckningar.' }],
    schemas: { ExampleNote: NoteSchema, ExampleNoteList: NoteListSchema },
    paths: {
      '/api/v1/example/notes': {
        get: {
          tags: ['Exempel'],
          operationId: 'listExampleNotes',
          summary: 'Exempelmodulens anteckningar',
          responses: {
            '200': {
              description: 'Alla anteckningar.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ExampleNoteList' } } },
            },
          },
        },
      },
      '/api/v1/example/notes/{id}': {
        get: {
          tags: ['Exempel'],
          operationId: 'getExampleNote',
          summary: 'En anteckning',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'Anteckningen.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ExampleNote' } } },
            },
            '404': {
              description: 'Ingen anteckning har det id:t (`example_note_not_found`).',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
          },
        },
      },
    },
  }),
  commands: [
    {
      path: ['example', 'count'],
      summary: 'Räkna exempelmodulens anteckningar',
      usage: 'asf example count',
      help: 'Skriver ut hur många anteckningar exempelmodulen har.',
      async run(_args, io, env) {
        const { db } = await env.context();
        const row = await exampleDb(db)
          .selectFrom('example_note')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        io.out(`${Number(row.n)} anteckningar`);
        return 0;
      },
    },
  ],
};
