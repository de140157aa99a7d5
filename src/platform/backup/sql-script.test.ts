import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SqlScriptError, statementsOf } from './sql-script.js';

const split = (script: string) => [...statementsOf(script)];

describe('statementsOf: where a statement ends', () => {
  test('plain statements, and a last one without a semicolon', () => {
    assert.deepEqual(split('create table a (x int);\n\ninsert into a values (1);  select 2'), [
      'create table a (x int)',
      'insert into a values (1)',
      'select 2',
    ]);
    assert.deepEqual(split(''), []);
    assert.deepEqual(split(' ;; \n;'), []);
  });

  test("semicolons inside '' strings, with doubled quotes", () => {
    assert.deepEqual(split("insert into a values ('a;b''c;', ';');select 1"), [
      "insert into a values ('a;b''c;', ';')",
      'select 1',
    ]);
  });

  test("E'' strings take backslash escapes; plain strings do not", () => {
    assert.deepEqual(split("insert into a values (E'it\\'s; fine\\\\', e'x;\\'');select 1"), [
      "insert into a values (E'it\\'s; fine\\\\', e'x;\\'')",
      'select 1',
    ]);
    // standard_conforming_strings: the backslash is an ordinary character, the quote ends the string.
    assert.deepEqual(split("select 'abc\\';select 2"), ["select 'abc\\'", 'select 2']);
    // A name ending in e before a string is not an E'' string.
    assert.deepEqual(split("select name'x\\';select 2"), ["select name'x\\'", 'select 2']);
  });

  test('"quoted names" may hold semicolons and doubled quotes', () => {
    assert.deepEqual(split('create table "a;b""c;" ("x;" int);select 1'), [
      'create table "a;b""c;" ("x;" int)',
      'select 1',
    ]);
  });

  test('$$ and $tag$ bodies', () => {
    const fn = "create function f() returns int language sql as $$ select 1; select ';'; $$";
    const tagged = "create function g() returns text language plpgsql as $body$ begin return $$;'$$; end; $body$";
    assert.deepEqual(split(`${fn};\n${tagged};\nselect 3`), [fn, tagged, 'select 3']);
  });

  test('a $ that starts no tag: parameters and names with dollar signs', () => {
    assert.deepEqual(split('prepare p as select $1; select 2'), ['prepare p as select $1', 'select 2']);
    assert.deepEqual(split('create table a$b$ (x int); select a$b$.x from a$b$; select 3'), [
      'create table a$b$ (x int)',
      'select a$b$.x from a$b$',
      'select 3',
    ]);
  });

  test('-- comments hide semicolons and quotes; comments between statements are dropped', () => {
    assert.deepEqual(split("-- it's; a heading\nselect 1 -- it's; not the end\n, 2;\n-- between;\nselect 3"), [
      "select 1 -- it's; not the end\n, 2",
      'select 3',
    ]);
  });

  test('nested /* */ comments', () => {
    assert.deepEqual(split('/* outer /* inner ; */ still; a comment */ select 1 /* a; /* b */ c; */ + 1; select 2'), [
      'select 1 /* a; /* b */ c; */ + 1',
      'select 2',
    ]);
  });

  test('psql meta-commands (\\restrict, \\connect) are skipped, to the end of their line', () => {
    const script = [
      '--',
      '-- PostgreSQL database dump',
      '--',
      '',
      '\\restrict BuhHFqxydOCObhOPVAqt97cxmSXb1bmpkyIIPPk7laDKtpBaP2NwrAiLXzj9Pk2',
      '\\connect asf',
      'SET statement_timeout = 0;',
      'select 1;',
      '\\unrestrict BuhHFqxydOCObhOPVAqt97cxmSXb1bmpkyIIPPk7laDKtpBaP2NwrAiLXzj9Pk2',
    ].join('\n');
    assert.deepEqual(split(script), ['SET statement_timeout = 0', 'select 1']);
  });
});

describe('statementsOf: COPY blocks become INSERTs', () => {
  test('\\N is null, tabs split columns, backslash escapes are read, quotes are doubled', () => {
    const script = [
      'COPY public.t (id, a, b) FROM stdin;',
      '1\t\\N\tx\\ty',
      "2\tit's\t\\\\back\\\\slash",
      '3\tline\\none\\r\\ntwo\tbell\\b form\\f vtab\\v',
      '4\t\\101\\x42\t',
      '\\.',
      'select 1;',
    ].join('\n');
    assert.deepEqual(split(script), [
      "INSERT INTO public.t (id, a, b) OVERRIDING SYSTEM VALUE VALUES ('1', NULL, 'x\ty'),\n" +
        "('2', 'it''s', '\\back\\slash'),\n" +
        "('3', 'line\none\r\ntwo', 'bell\b form\f vtab\v'),\n" +
        "('4', 'AB', '')",
      'select 1',
    ]);
  });

  test('spaces inside values are kept as they are', () => {
    const [insert] = split('COPY t (a) FROM stdin;\ntwo  spaces   three\n\\.\n');
    assert.equal(insert, "INSERT INTO t (a) OVERRIDING SYSTEM VALUE VALUES ('two  spaces   three')");
    const [noColumns] = split('COPY t FROM stdin;\na  b\n\\.\n');
    assert.equal(noColumns, "INSERT INTO t OVERRIDING SYSTEM VALUE VALUES ('a  b')");
  });

  test('an empty line is a row (one column holding an empty string)', () => {
    assert.deepEqual(split('COPY t (a) FROM stdin;\nx\n\n\\N\n\\.\n'), [
      "INSERT INTO t (a) OVERRIDING SYSTEM VALUE VALUES ('x'),\n(''),\n(NULL)",
    ]);
  });

  test('an empty COPY gives no statement; the next statement is read', () => {
    assert.deepEqual(split('COPY public.t (a, b) FROM stdin;\n\\.\n\n\nselect 2;'), ['select 2']);
  });

  test('quoted table and column names', () => {
    assert.deepEqual(split('COPY public."my table" ("a b", "c)") FROM stdin;\n1\t2\n\\.\n'), [
      'INSERT INTO public."my table" ("a b", "c)") OVERRIDING SYSTEM VALUE VALUES (\'1\', \'2\')',
    ]);
  });

  test('a line of data that only starts with \\. does not end the block', () => {
    assert.deepEqual(split('COPY t (a) FROM stdin;\n\\\\.x\n\\.\nselect 2;'), [
      "INSERT INTO t (a) OVERRIDING SYSTEM VALUE VALUES ('\\.x')",
      'select 2',
    ]);
  });

  test('many rows go in INSERTs of 500', () => {
    const rows = Array.from({ length: 1201 }, (_, i) => `${i}\tr${i}`);
    const inserts = split(`COPY t (a, b) FROM stdin;\n${rows.join('\n')}\n\\.\n`);
    assert.equal(inserts.length, 3);
    assert.equal(inserts.map((s) => s.split('\n').length).join(','), '500,500,201');
    assert.ok(inserts[2]!.endsWith("('1200', 'r1200')"));
  });

  test('a COPY block without its end line is an error, not rows made up from the rest', () => {
    assert.throws(() => split('COPY t (a) FROM stdin;\n1\n2\n'), SqlScriptError);
  });
});
