import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth, SHIPPED_POSTGRES_MIGRATIONS } from "@/lib/server/health/check-health";
import { postgresConnection } from "@/lib/server/postgres-config";
import { migratePostgres, postgresMigrationNames } from "@/lib/server/postgres-migrations";
import { migratedPostgresDatabase, TEST_POSTGRES_URL } from "./postgres-database";

/** The PostgreSQL migration history on a real server: applied once, the hand-written triggers and index present. */
describe.skipIf(!TEST_POSTGRES_URL)("PostgreSQL migrations (KUBEDECK_TEST_POSTGRES_URL)", () => {
  let env: Awaited<ReturnType<typeof migratedPostgresDatabase>>;
  let sql: pg.Client;

  beforeAll(async () => {
    env = await migratedPostgresDatabase("migrations");
    sql = new pg.Client(postgresConnection(env.url));
    await sql.connect();
  });

  afterAll(async () => {
    await sql?.end();
    await env?.dispose();
  });

  it("records every shipped migration and applies none twice (two runs at once wait for each other)", async () => {
    expect(await Promise.all([migratePostgres(env.url), migratePostgres(env.url)])).toEqual([[], []]);
    const rows = await sql.query<{ migration_name: string }>(`SELECT migration_name FROM "_kubedeck_migrations" ORDER BY 1`);
    expect(rows.rows.map((row) => row.migration_name)).toEqual(postgresMigrationNames());
  });

  it("is healthy for /api/health", async () => {
    expect(await checkHealth(env.db, SHIPPED_POSTGRES_MIGRATIONS, "postgresql")).toMatchObject({ status: "ok", database: "ok", migrations: { pending: [] } });
  });

  it("bumps the learner's StudyVersion on every write to CardState and ReviewLog, from any connection", async () => {
    const user = await env.db.user.create({ data: { email: "pg-version@example.com", name: "PG" } });
    const deck = await env.db.deck.create({ data: { slug: "pg-version", title: "PG", origin: "builtin" } });
    const card = await env.db.card.create({ data: { deckId: deck.id, key: "k", kind: "basic", front: "f", back: "b", sourceLine: 1 } });
    const version = async () => (await sql.query<{ version: number }>(`SELECT "version" FROM "StudyVersion" WHERE "userId" = $1`, [user.id])).rows[0]?.version ?? 0;
    expect(await version()).toBe(0);
    const state = await env.db.cardState.create({ data: { userId: user.id, cardId: card.id, due: new Date() } });
    expect(await version()).toBe(1);
    await sql.query(`UPDATE "CardState" SET "reps" = 1 WHERE "id" = $1`, [state.id]);
    expect(await version()).toBe(2);
    await env.db.reviewLog.create({
      data: { clientId: "c1", userId: user.id, cardId: card.id, rating: 3, reviewedAt: new Date(), durationMs: 1, stateBefore: "{}", stateAfter: "{}", elapsedDays: 0, scheduledDays: 1 },
    });
    expect(await version()).toBe(3);
    await env.db.cardState.delete({ where: { id: state.id } });
    expect(await version()).toBe(4);
  });

  it("reads the state a review started from as SQLite's json_extract does, NULL for text that is not JSON", async () => {
    const rows = await sql.query<{ good: string | null; bad: string | null }>(
      `SELECT kubedeck_state_before('{"schedule":{"state":"Review"}}') AS good, kubedeck_state_before('not json') AS bad`,
    );
    expect(rows.rows[0]).toEqual({ good: "Review", bad: null });
  });
});
