import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDatabaseUnavailable, retryWhileUnavailable } from './unavailable.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

test('connection failures count as the database being away', () => {
  for (const err of [
    withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
    withCode('ECONNRESET'),
    withCode('ETIMEDOUT'),
    withCode('57P01', 'terminating connection due to administrator command'),
    withCode('57P02'),
    withCode('57P03', 'the database system is starting up'),
    withCode('53300', 'sorry, too many clients already'),
    withCode('08006'),
    withCode('08001'),
    new Error('Connection terminated unexpectedly'),
    new Error('Connection terminated due to connection timeout'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Client has encountered a connection error and is not queryable'),
    // Node's "every address refused" (localhost as ::1 and 127.0.0.1), and a wrapped cause.
    new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], ''),
    new Error('query failed', { cause: withCode('57P01') }),
  ]) {
    assert.equal(isDatabaseUnavailable(err), true, String(err));
  }
});

test('errors in the query or the data stay real errors', () => {
  for (const err of [
    withCode('23505', 'duplicate key value violates unique constraint'),
    withCode('42601', 'syntax error at or near "selec"'),
    withCode('42P01', 'relation "nothing" does not exist'),
    withCode('57014', 'canceling statement due to statement timeout'),
    withCode('ERR_INVALID_ARG_TYPE'),
    new Error('Cannot use a pool after calling end on the pool'),
    new TypeError("Cannot read properties of undefined (reading 'id')"),
    'Connection terminated',
    undefined,
    null,
  ]) {
    assert.equal(isDatabaseUnavailable(err), false, String(err));
  }
});

test('a write is retried while the database is away, and only then', async () => {
  let tries = 0;
  const heard: unknown[] = [];
  const result = await retryWhileUnavailable(
    async () => {
      tries++;
      if (tries < 3) throw withCode('ECONNREFUSED');
      return 'sparat';
    },
    { onUnavailable: (e) => heard.push(e) },
  );
  assert.equal(result, 'sparat');
  assert.equal(tries, 3);
  assert.equal(heard.length, 2);

  tries = 0;
  await assert.rejects(
    retryWhileUnavailable(async () => {
      tries++;
      throw withCode('23505', 'duplicate key');
    }),
    /duplicate key/,
  );
  assert.equal(tries, 1, 'a real error is not retried');
});

test('stopping ends the wait with the database error', async () => {
  const stop = new AbortController();
  const waiting = retryWhileUnavailable(
    async () => {
      throw withCode('57P01', 'terminating connection due to administrator command');
    },
    { signal: stop.signal },
  );
  setTimeout(() => stop.abort(), 50);
  await assert.rejects(waiting, /administrator command/);
});
