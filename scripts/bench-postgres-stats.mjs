/**
 * PostgreSQL's side of `npm run bench:reviews` on PostgreSQL: the server's own CPU per review (the
 * postmaster and its backends, read from /proc: the app's CPU alone hides half of the cost on a shared
 * machine) and, with BENCH_PG_STATEMENTS=1, every statement's calls and execution time per review
 * (pg_stat_statements, loaded into the throw-away server only then: it costs a little CPU itself).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * The throw-away server's extra `-c` settings: pg_stat_statements for `postgresStats`, and with
 * BENCH_PG_DURABLE=1 a durable server (fsync, synchronous_commit and full_page_writes on, as in
 * production; scripts/postgres-server.mjs turns them off for tests), so each commit waits for its flush.
 */
export function benchPostgresSettings() {
  return [
    ...(process.env.BENCH_PG_STATEMENTS === "1" ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track=all"] : []),
    ...(process.env.BENCH_PG_DURABLE === "1" ? ["fsync=on", "synchronous_commit=on", "full_page_writes=on"] : []),
  ];
}

/** CPU seconds of the server in `folder` (scripts/postgres-server.mjs): postmaster, backends, and backends that ended. */
function serverCpuSeconds(folder) {
  const pidFile = path.join(folder, "data", "postmaster.pid");
  if (!existsSync(pidFile) || !existsSync("/proc/self/stat")) return NaN;
  const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  let ticks = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "latin1").split(") ")[1].split(" ");
      if (Number(pid) === postmaster) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      else if (Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / 100;
}

function clientFor(databaseUrl) {
  const url = new URL(databaseUrl);
  return new pg.Client({ host: url.hostname, port: Number(url.port), user: decodeURIComponent(url.username || "postgres"), database: url.pathname.slice(1) });
}

/** Measures one phase: `start()` before it, `report(reviews)` after it returns the lines to print. */
export async function postgresStats(folder, databaseUrl) {
  const statements = process.env.BENCH_PG_STATEMENTS === "1";
  const client = statements ? clientFor(databaseUrl) : null;
  if (client) {
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  }
  let cpu0 = 0;
  return {
    async start() {
      if (client) await client.query("SELECT pg_stat_statements_reset()");
      cpu0 = serverCpuSeconds(folder);
    },
    async report(reviews, seconds) {
      const cpu = serverCpuSeconds(folder) - cpu0;
      const lines = [`PostgreSQL CPU ${cpu.toFixed(1)} s = ${((cpu * 1000) / reviews).toFixed(2)} ms per review, ${(cpu / seconds).toFixed(2)} cores`];
      if (client) {
        const { rows } = await client.query(
          `SELECT calls, total_exec_time, query FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT 14`,
        );
        const total = await client.query(`SELECT sum(calls) AS calls FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'`);
        lines.push(`statements: ${(Number(total.rows[0]?.calls ?? 0) / reviews).toFixed(1)} per review; by execution time (per review: calls, ms):`);
        for (const row of rows) {
          lines.push(`  ${(Number(row.calls) / reviews).toFixed(2)}  ${(row.total_exec_time / reviews).toFixed(3)}  ${row.query.replace(/\s+/g, " ").slice(0, 110)}`);
        }
      }
      return lines;
    },
    async close() {
      await client?.end();
    },
  };
}
