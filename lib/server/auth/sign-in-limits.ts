import "server-only";
import Database from "better-sqlite3";
import { RateLimiterPostgres, RateLimiterSQLite, type RateLimiterStoreAbstract } from "rate-limiter-flexible";
import { databaseUrl, isPostgresUrl } from "../database-url";
import { postgresPool } from "../postgres";

/**
 * Brute-force limits, kept in the app's database (table "RateLimit", rate-limiter-flexible's SQLite
 * store; its PostgreSQL store on PostgreSQL, the same table) so every worker process and every instance
 * counts the same attempts:
 * - failed sign-ins per account: 10 in 15 minutes, then that account's sign-in answers 429 (even with
 *   the right password) until the window ends;
 * - failed sign-ins per client address: 50 in 15 minutes;
 * - sign-ups per client address: 10 an hour (successful or not);
 * - failed API tokens (`Authorization: Bearer` unknown, revoked, expired or malformed) per client
 *   address: 20 in 15 minutes, then every bearer request from that address answers 429 until the
 *   window ends, even with a valid token (an answer that differed would tell a guesser it had hit one).
 * Addresses listed in KUBEDECK_RATE_LIMIT_EXEMPT (comma-separated) skip the per-address limits: the
 * route tests create hundreds of accounts from 127.0.0.1, and dedicated tests use other loopback addresses.
 */
export const LIMITS = {
  accountFailures: { points: 10, duration: 15 * 60 },
  addressFailures: { points: 50, duration: 15 * 60 },
  signUpsPerAddress: { points: 10, duration: 60 * 60 },
  bearerFailures: { points: 20, duration: 15 * 60 },
} as const;

type LimitName = keyof typeof LIMITS;

const globalForLimits = globalThis as unknown as { kubedeckLimiters?: Record<LimitName, RateLimiterStoreAbstract> };

function everyLimiter(make: (name: LimitName) => RateLimiterStoreAbstract): Record<LimitName, RateLimiterStoreAbstract> {
  return { accountFailures: make("accountFailures"), addressFailures: make("addressFailures"), signUpsPerAddress: make("signUpsPerAddress"), bearerFailures: make("bearerFailures") };
}

function limiters(): Record<LimitName, RateLimiterStoreAbstract> {
  if (!globalForLimits.kubedeckLimiters && isPostgresUrl()) {
    const make = (name: LimitName) => new RateLimiterPostgres({ storeClient: postgresPool(), tableName: "RateLimit", tableCreated: true, keyPrefix: name, ...LIMITS[name] });
    globalForLimits.kubedeckLimiters = everyLimiter(make);
  }
  if (!globalForLimits.kubedeckLimiters) {
    // Its own connection: a counter's upsert is one short write, and the study loop's connection
    // (./sqlite.ts) manages its locks itself.
    const database = new Database(databaseUrl().replace(/^file:/, ""));
    database.pragma("journal_mode = WAL");
    database.pragma("busy_timeout = 2000");
    const make = (name: LimitName) =>
      new RateLimiterSQLite({ storeClient: database, storeType: "better-sqlite3", tableName: "RateLimit", tableCreated: true, keyPrefix: name, ...LIMITS[name] });
    globalForLimits.kubedeckLimiters = everyLimiter(make);
  }
  return globalForLimits.kubedeckLimiters;
}

function isExempt(address: string): boolean {
  return (process.env.KUBEDECK_RATE_LIMIT_EXEMPT ?? "").split(",").some((exempt) => exempt.trim() === address);
}

/** Seconds until `name` admits `key` again; 0 when it admits it now. */
async function secondsBlocked(name: LimitName, key: string): Promise<number> {
  const state = await limiters()[name].get(key);
  if (!state || state.consumedPoints < LIMITS[name].points) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

/** Seconds until this account may try to sign in again from this address; 0 when it may now. */
export async function signInWaitSeconds(email: string, address: string): Promise<number> {
  const account = email.trim() ? await secondsBlocked("accountFailures", email.trim().toLowerCase()) : 0;
  const fromAddress = isExempt(address) ? 0 : await secondsBlocked("addressFailures", address);
  return Math.max(account, fromAddress);
}

export async function recordFailedSignIn(email: string, address: string): Promise<void> {
  const { accountFailures, addressFailures } = limiters();
  if (email.trim()) await accountFailures.penalty(email.trim().toLowerCase(), 1);
  if (!isExempt(address)) await addressFailures.penalty(address, 1);
}

/** A successful sign-in (while not blocked) starts the account's count afresh. */
export async function recordSuccessfulSignIn(email: string): Promise<void> {
  await limiters().accountFailures.delete(email.trim().toLowerCase());
}

/** Counts one sign-up from `address`; the number of seconds to wait when over the limit, else 0. */
export async function consumeSignUp(address: string): Promise<number> {
  if (isExempt(address)) return 0;
  const wait = await secondsBlocked("signUpsPerAddress", address);
  if (wait > 0) return wait;
  await limiters().signUpsPerAddress.penalty(address, 1);
  return 0;
}

/** Seconds until bearer requests from `address` are answered again; 0 when they are now. */
export async function bearerWaitSeconds(address: string): Promise<number> {
  return isExempt(address) ? 0 : secondsBlocked("bearerFailures", address);
}

export async function recordFailedBearer(address: string): Promise<void> {
  if (!isExempt(address)) await limiters().bearerFailures.penalty(address, 1);
}
