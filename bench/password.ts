import { hashPassword, verifyPassword } from '../src/platform/auth/password.js';

/**
 * What one sign-in costs in password checking alone (argon2id with the platform's settings):
 * the floor under every sign-in, and what a guesser pays per try.
 */
export async function timePassword(
  rounds = 20,
): Promise<{ rounds: number; hashMedianMs: number; verifyMedianMs: number; verifyMaxMs: number }> {
  const hash = await hashPassword('ett lösenord för bänken');
  const hashes: number[] = [];
  const verifies: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    await hashPassword(`lösenord ${i}`);
    hashes.push(performance.now() - t);
    t = performance.now();
    await verifyPassword(hash, 'ett lösenord för bänken');
    verifies.push(performance.now() - t);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const round1 = (n: number) => Math.round(n * 10) / 10;
  return {
    rounds,
    hashMedianMs: round1(median(hashes)),
    verifyMedianMs: round1(median(verifies)),
    verifyMaxMs: round1(Math.max(...verifies)),
  };
}
