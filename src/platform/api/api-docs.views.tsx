import { platformText } from '../i18n/platform.text.js';
import type { ComponentChildren } from 'preact';
import type { ErrorTable } from '../http/errors.js';
import { Layout } from '../views/layout.js';
import { ScrollTable } from '../views/components.js';

/**
 * /api/docs: the API reference, rendered on the server from the OpenAPI document itself, so that
 * it cannot drift from /api/openapi.json. Plain HTML in the platform layout: works without
 * JavaScript, loads nothing but app.css and app.js, and passes axe (WCAG 2.1 AA).
 */

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Items with a separator between them: "a, b, c". */
const join = (items: ComponentChildren[], sep = ', '): ComponentChildren[] =>
  items.flatMap((x, i) => (i ? [sep, x] : [x]));
const code = (items: unknown[]) => join(items.map((v) => <code>{String(v)}</code>));

type Example = [href: string, text: string];

const WHERE: Record<string, string> = { query: 'Frågesträng', path: 'Sökväg', header: 'Rubrik (header)' };
const TYPES: Record<string, string> = { string: 'text', integer: 'heltal', number: 'tal', object: 'objekt' };
const FORMATS: Record<string, string> = { date: 'datum, ÅÅÅÅ-MM-DD', 'date-time': 'tidpunkt i ISO 8601' };

/** Follows local "$ref"s ("#/components/…") until a value without one. */
function deref(doc: Json, node: unknown): Json {
  let n = obj(node);
  for (let hops = 0; typeof n.$ref === 'string' && n.$ref.startsWith('#/') && hops < 20; hops++) {
    n = obj(
      n.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>((acc, key) => obj(acc)[key], doc),
    );
  }
  return n;
}

/** `code` spans in the document's text become <code>; everything else stays plain, escaped text. */
const inline = (text: unknown): ComponentChildren =>
  (str(text) ?? '').split('`').map((part, i) => (i % 2 === 1 ? <code>{part}</code> : part));

/** Paragraphs and "- " lists from the document's description text. */
function Prose({ text }: { text: unknown }) {
  const blocks = (str(text) ?? '').split(/\n\s*\n/).map((b) => b.split('\n').filter((l) => l.trim() !== ''));
  return (
    <>
      {blocks.map((lines) =>
        lines.every((l) => l.startsWith('- ')) ? (
          <ul>
            {lines.map((l) => (
              <li>{inline(l.slice(2))}</li>
            ))}
          </ul>
        ) : (
          <p>{inline(lines.join(' '))}</p>
        ),
      )}
    </>
  );
}

/** A schema without its "or null": `anyOf [X, null]` and `type: [X, 'null']` become X. */
function unwrap(doc: Json, node: unknown): { schema: Json; nullable: boolean } {
  const s = deref(doc, node);
  const variants = list(s.anyOf ?? s.oneOf).map((v) => deref(doc, v));
  const rest = variants.filter((v) => v.type !== 'null');
  if (rest.length === 1 && rest[0]) {
    return { schema: { ...rest[0], description: s.description ?? rest[0].description }, nullable: variants.length > 1 };
  }
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== 'null');
    return { schema: { ...s, type: types.length === 1 ? types[0] : types }, nullable: types.length < s.type.length };
  }
  return { schema: s, nullable: false };
}

function typeName(doc: Json, node: unknown): string {
  const { schema } = unwrap(doc, node);
  if (schema.type === 'array') return `lista av ${typeName(doc, schema.items)}`;
  if (schema.type === 'boolean') return 'sant eller falskt (true/false)';
  if (Array.isArray(schema.anyOf ?? schema.oneOf)) return 'flera former';
  return FORMATS[str(schema.format) ?? ''] ?? TYPES[str(schema.type) ?? ''] ?? 'valfritt JSON-värde';
}

/** "heltal, 1–100, standard 20", with allowed values and patterns as code. */
function typeText(doc: Json, node: unknown, optional = false): ComponentChildren {
  const { schema: s, nullable } = unwrap(doc, node);
  const [min, max] = [s.minimum, s.maximum].map((n) => (typeof n === 'number' ? n : undefined));
  const parts: ComponentChildren[] = [typeName(doc, node)];
  if (min !== undefined && max !== undefined) parts.push(`${min}–${max}`);
  else if (min !== undefined) parts.push(`minst ${min}`);
  else if (max !== undefined) parts.push(`högst ${max}`);
  if (typeof s.maxLength === 'number') parts.push(`högst ${s.maxLength} tecken`);
  if (str(s.pattern)) parts.push(['mönster ', code([s.pattern])]);
  if (list(s.enum).length > 0) parts.push(['ett av: ', code(list(s.enum))]);
  if (s.default !== undefined) parts.push(['standard ', code([s.default])]);
  if (list(s.examples).length > 0) parts.push(['till exempel ', code(list(s.examples).slice(0, 1))]);
  if (nullable) parts.push(['eller ', code(['null'])]);
  if (optional) parts.push('kan saknas');
  return join(parts);
}

interface FieldRow {
  path: string;
  node: unknown;
  required: boolean;
}

/** Every field of an object schema, nested ones as `a.b` and list items as `a[].b`, $refs resolved. */
function fieldRows(doc: Json, node: unknown, prefix = '', depth = 0): FieldRow[] {
  const { schema } = unwrap(doc, node);
  const required = new Set(list(schema.required).map(String));
  if (depth > 6) return [];
  return Object.entries(obj(schema.properties)).flatMap(([name, prop]) => {
    const path = `${prefix}${name}`;
    const inner = unwrap(doc, prop).schema;
    const nested =
      inner.type === 'array'
        ? fieldRows(doc, inner.items, `${path}[].`, depth + 1)
        : fieldRows(doc, inner, `${path}.`, depth + 1);
    return [{ path, node: prop, required: required.has(name) }, ...nested];
  });
}

/**
 * A data table with a caption, column headers and a row header per row, in its own scroll box:
 * on a narrow screen or at 400 % zoom the table scrolls sideways by itself (WCAG 1.4.10 allows
 * that for data tables) and the page does not. The box takes focus so that keyboard users can
 * scroll it, and is named by the caption.
 */
function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ComponentChildren[][] }) {
  const id = `tabell-${caption.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  return (
    <ScrollTable id={id} caption={caption} tableClass="api-table">
      <thead>
        <tr>
          {head.map((h) => (
            <th scope="col">{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest]) => (
          <tr>
            <th scope="row">{first}</th>
            {rest.map((cell) => (
              <td>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function FieldTable({ doc, node, caption }: { doc: Json; node: unknown; caption: string }) {
  const rows = fieldRows(doc, node).map((f) => [
    <code>{f.path}</code>,
    typeText(doc, f.node, !f.required),
    inline(obj(f.node).description ?? unwrap(doc, f.node).schema.description),
  ]);
  return <Table caption={caption} head={['Fält', 'Typ', 'Beskrivning']} rows={rows} />;
}

interface Operation {
  id: string;
  method: string;
  path: string;
  op: Json;
}

/** Operations grouped by their first tag, in the document's tag order. */
function groups(doc: Json): { name: string; ops: Operation[] }[] {
  const ops = Object.entries(obj(doc.paths)).flatMap(([path, item]) =>
    Object.entries(obj(item)).map(([method, op]) => ({
      id: str(obj(op).operationId) ?? `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, '-'),
      method: method.toUpperCase(),
      path,
      op: obj(op),
    })),
  );
  const tagOf = (o: Operation) => str(list(o.op.tags)[0]) ?? 'Övrigt';
  const names = new Set([...list(doc.tags).map((t) => str(obj(t).name) ?? ''), ...ops.map(tagOf)]);
  return [...names]
    .map((name) => ({ name, ops: ops.filter((o) => tagOf(o) === name) }))
    .filter((g) => g.ops.length > 0);
}

const OperationTitle = ({ o }: { o: Operation }) => (
  <>
    <span class="api-method">{o.method}</span> <code>{o.path}</code>
  </>
);

function Endpoint({ doc, o, errors, examples: allExamples }: { doc: Json; o: Operation } & Reference) {
  const title = `${o.method} ${o.path}`;
  const params = list(o.op.parameters).map((p) => deref(doc, p));
  const responses = Object.entries(obj(o.op.responses)).map(([status, r]) => ({ status, r: deref(doc, r) }));
  const json = (r: Json) => obj(obj(obj(r.content)['application/json']).schema);
  const hasFields = (r: Json) => Object.keys(obj(unwrap(doc, json(r)).schema.properties)).length > 0;
  const ok = responses.find((x) => x.status.startsWith('2') && hasFields(x.r));
  const errorIds = Object.keys(errors).filter((id) =>
    responses.some((x) => x.status >= '400' && str(x.r.description)?.includes(`\`${id}\``)),
  );
  const examples = allExamples[o.id] ?? (o.path.includes('{') ? [] : [[o.path, str(o.op.summary) ?? '']]);
  const paramRows = params.map((p) => [
    <code>{str(p.name)}</code>,
    WHERE[str(p.in) ?? ''] ?? str(p.in),
    typeText(doc, p.schema),
    p.required === true ? 'Ja' : 'Nej',
    inline(p.description),
  ]);
  return (
    <section id={o.id} class="api-endpoint">
      <h2>
        <OperationTitle o={o} />
      </h2>
      {str(o.op.summary) && <p class="api-summary">{str(o.op.summary)}</p>}
      <Prose text={o.op.description} />
      {examples.length > 0 && <h3>Exempel</h3>}
      {examples.length > 0 && (
        <ul>
          {examples.map(([href, text]) => (
            <li>
              <a href={encodeURI(href)}>
                <code>{href}</code>
              </a>{' '}
              – {text}
            </li>
          ))}
        </ul>
      )}
      <h3>Parametrar</h3>
      {params.length === 0 && <p>Inga parametrar.</p>}
      {params.length > 0 && (
        <Table
          caption={`Parametrar för ${title}`}
          head={['Namn', 'Var', 'Typ och tillåtna värden', 'Krävs', 'Beskrivning']}
          rows={paramRows}
        />
      )}
      <h3>Svar</h3>
      <dl class="api-responses">
        {responses.map(({ status, r }) => {
          const types = Object.keys(obj(r.content));
          const headers = Object.keys(obj(r.headers));
          return (
            <div>
              <dt>{status}</dt>
              <dd>
                {inline(r.description)}
                {types.length > 0 && [
                  ' Innehåll: ',
                  code(types),
                  types.includes('application/json') ? `, ${typeName(doc, json(r))}.` : '.',
                ]}
                {headers.length > 0 && [' Rubriker: ', code(headers), '.']}
              </dd>
            </div>
          );
        })}
      </dl>
      {ok && <FieldTable doc={doc} node={json(ok.r)} caption={`Fälten i svaret ${ok.status} från ${title}`} />}
      {errorIds.length > 0 && <h3>Fel</h3>}
      {errorIds.length > 0 && (
        <p>
          {join(
            errorIds.map((id) => [code([id]), ` (${errors[id]!.status}): ${errors[id]!.meaning}`]),
            ' ',
          )}{' '}
          Felsvarets form står under <a href="#fel">Fel och felkoder</a>.
        </p>
      )}
    </section>
  );
}

/** The error ids (platform's and modules') and example requests the page explains. */
interface Reference {
  errors: ErrorTable;
  examples: Record<string, Example[]>;
}

export function ApiDocsPage({ doc, demo, errors, examples }: { doc: Json; demo: boolean } & Reference) {
  const grouped = groups(doc);
  const errorRows = Object.entries(errors).map(([id, e]) => [<code>{id}</code>, e.status, e.meaning]);
  return (
    <Layout title={platformText.nav.api} path="/api/docs" demo={demo}>
      {/* The reference is written in Swedish, like the OpenAPI document it is drawn from. */}
      {platformText.apiDocsLanguage && <p class="notice">{platformText.apiDocsLanguage}</p>}
      <div class="api-doc" lang="sv">
        <h1>Öppna data och API</h1>
        <p class="lead">
          Registret över arbetsintegrerande sociala företag finns som öppna data. Du kan hämta samma uppgifter som visas
          på webbplatsen och använda dem i egna program, kartor och kalkylark.
        </p>
        <nav class="api-toc" aria-labelledby="api-innehall">
          <h2 id="api-innehall">Innehåll</h2>
          <ul>
            <li>
              <a href="#om">Om öppna data</a>
            </li>
            <li>
              <a href="#fel">Fel och felkoder</a>
            </li>
            {grouped.map((g) => (
              <li>
                {g.name}
                <ul>
                  {g.ops.map((o) => (
                    <li>
                      <a href={`#${o.id}`}>
                        <OperationTitle o={o} />
                      </a>
                      {str(o.op.summary) && ` – ${str(o.op.summary)}`}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <section id="om">
          <h2>Om öppna data</h2>
          <ul>
            <li>Uppgifterna är fria att använda. Du behöver inget konto och ingen nyckel.</li>
            <li>Svaren är JSON. Öppna en exempeladress nedan i webbläsaren så ser du hur ett svar ser ut.</li>
            <li>
              Vill du hellre ha en fil? På sidan <a href="/foretag">Hitta företag</a> kan du ladda ner ditt sökresultat
              som CSV, Excel eller JSON. Hela registret: <a href="/foretag/export.csv">CSV</a>,{' '}
              <a href="/foretag/export.xlsx">Excel</a>, <a href="/foretag/export.json">JSON</a>.
            </li>
            <li>
              För program och verktyg finns hela beskrivningen av API:t i formatet OpenAPI 3.1:{' '}
              <a href="/api/openapi.json">
                <code>/api/openapi.json</code>
              </a>
              . Många verktyg kan läsa in den och till exempel skapa klientkod.
            </li>
          </ul>
          <h3>Så fungerar API:t</h3>
          <Prose text={obj(doc.info).description} />
          <p>Alla adresser nedan gäller den här servern och tar bara emot GET.</p>
        </section>
        <section id="fel">
          <h2>Fel och felkoder</h2>
          <p>
            Ett fel ger en HTTP-status och ett JSON-svar med ett stabilt <code>id</code> som program kan lita på och ett
            meddelande på svenska.
          </p>
          <Table caption="Felkoder i API:t" head={['Fel-id', 'HTTP-status', 'Betydelse']} rows={errorRows} />
          <FieldTable doc={doc} node={{ $ref: '#/components/schemas/Error' }} caption="Fälten i ett felsvar" />
        </section>
        {grouped.flatMap((g) => g.ops.map((o) => <Endpoint doc={doc} o={o} errors={errors} examples={examples} />))}
      </div>
    </Layout>
  );
}
