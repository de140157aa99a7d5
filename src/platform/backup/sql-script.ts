/** A script that cannot be read (a COPY block without its end line). */
export class SqlScriptError extends Error {}

/** `COPY <table> [(<columns>)] FROM stdin`, names possibly "quoted" (with spaces, parentheses, "" inside). */
const COPY_FROM_STDIN = /^COPY\s+((?:"(?:[^"]|"")*"|[^\s"(])+)\s*(\((?:"(?:[^"]|"")*"|[^)"])*\))?\s+FROM\s+stdin\s*$/i;

/**
 * Reads a plain-SQL dump (pg_dump's text format, ours or one someone made on a PostgreSQL
 * server) statement by statement, so that a restore can run it in batches inside one
 * transaction and skip what the target cannot take. Knows what can hide a semicolon: quoted
 * strings ('' escapes, E'' backslash escapes), quoted names, dollar-quoted bodies and comments.
 * psql's own commands (`\connect`, `\restrict`) are skipped; a `COPY … FROM stdin` block becomes
 * INSERT statements, which both the embedded database and a server take over a plain query.
 */
export function* statementsOf(script: string): Generator<string> {
  let i = 0;
  const n = script.length;
  while (i < n) {
    i = skipSpaceAndComments(script, i);
    if (i >= n) break;
    if (script[i] === '\\') {
      // A psql meta-command runs to the end of its line.
      const eol = script.indexOf('\n', i);
      i = eol < 0 ? n : eol + 1;
      continue;
    }
    const end = statementEnd(script, i);
    const statement = script.slice(i, end).trim();
    i = end + 1;
    const copy = COPY_FROM_STDIN.exec(statement);
    if (!copy) {
      if (statement) yield statement;
      continue;
    }
    // The data follows on the next line and ends with a line holding only "\.".
    const start = script.indexOf('\n', i - 1) + 1;
    const stop = copyEnd(script, start);
    if (start === 0 || stop < 0) throw new SqlScriptError(`${statement}: raden \\. som avslutar datat saknas`);
    yield* copyAsInserts(copy[1]!, copy[2] ?? '', script.slice(start, stop));
    i = script.indexOf('\n', stop) + 1 || n;
  }
}

function skipSpaceAndComments(s: string, i: number): number {
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (s.startsWith('--', i)) {
      const eol = s.indexOf('\n', i);
      i = eol < 0 ? s.length : eol + 1;
    } else if (s.startsWith('/*', i)) i = blockCommentEnd(s, i);
    else return i;
  }
}

/** Index of the semicolon that ends the statement starting at i (or the end of the text). */
function statementEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s[i]!;
    if (c === ';') return i;
    if (c === "'") i = quotedEnd(s, i, (s[i - 1] === 'E' || s[i - 1] === 'e') && !/\w/.test(s[i - 2] ?? ''));
    else if (c === '"') i = s.indexOf('"', i + 1) + 1 || n;
    // A $ inside a name (a$b) starts no dollar quote.
    else if (c === '$' && !/[\w$]/.test(s[i - 1] ?? '')) i = dollarEnd(s, i);
    else if (s.startsWith('--', i)) i = s.indexOf('\n', i) + 1 || n;
    else if (s.startsWith('/*', i)) i = blockCommentEnd(s, i);
    else i++;
  }
  return n;
}

function quotedEnd(s: string, i: number, backslashes: boolean): number {
  for (i++; i < s.length; i++) {
    if (backslashes && s[i] === '\\') i++;
    else if (s[i] === "'") {
      if (s[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return s.length;
}

/** `$tag$ … $tag$`; a `$` that starts no tag (a parameter such as $1) is just a character. */
function dollarEnd(s: string, i: number): number {
  const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(s.slice(i, i + 64));
  if (!tag) return i + 1;
  const close = s.indexOf(tag[0], i + tag[0].length);
  return close < 0 ? s.length : close + tag[0].length;
}

function blockCommentEnd(s: string, i: number): number {
  let depth = 0;
  while (i < s.length) {
    if (s.startsWith('/*', i)) {
      depth++;
      i += 2;
    } else if (s.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return i;
}

const ROWS_PER_INSERT = 500;

/** Where the line `\.` that ends a COPY block's data starts (the data starts at `from`), or -1. */
function copyEnd(s: string, from: number): number {
  for (let at = from; at < s.length; at = s.indexOf('\n', at) + 1 || s.length) {
    if (s.startsWith('\\.', at) && (at + 2 === s.length || s[at + 2] === '\n' || s[at + 2] === '\r')) return at;
  }
  return -1;
}

/**
 * COPY's text format: one line a row, tab between columns, \N for null, backslash escapes.
 * An empty line is a row too (one column holding an empty string).
 */
function* copyAsInserts(table: string, columns: string, data: string): Generator<string> {
  const rows = data === '' ? [] : data.slice(0, -1).split('\n');
  const into = columns ? `${table} ${columns}` : table;
  for (let from = 0; from < rows.length; from += ROWS_PER_INSERT) {
    const values = rows
      .slice(from, from + ROWS_PER_INSERT)
      .map((line) => `(${line.split('\t').map(copyValueAsLiteral).join(', ')})`);
    // COPY writes identity columns that are GENERATED ALWAYS (most of ours); INSERT must be told to.
    yield `INSERT INTO ${into} OVERRIDING SYSTEM VALUE VALUES ${values.join(',\n')}`;
  }
}

const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function copyValueAsLiteral(field: string): string {
  if (field === '\\N') return 'NULL';
  const text = field.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return ESCAPES[e] ?? e;
  });
  // An untyped literal: the column's type reads it, as COPY would have.
  return `'${text.replace(/'/g, "''")}'`;
}
