/**
 * A throw-away PostgreSQL server for tests and benchmarks: Debian's postgresql binaries, a data folder in
 * a temp directory, listening on 127.0.0.1:<port> and its own socket folder, stopped by `stop()` (also
 * on exit). PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (runuser).
 * `npm test` and .ci/run use it; it needs `apt-get install -y postgresql`.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function binaries() {
  const base = "/usr/lib/postgresql";
  const versions = existsSync(base) ? readdirSync(base).filter((name) => existsSync(path.join(base, name, "bin", "pg_ctl"))).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error("PostgreSQL is not installed: install it with `sudo apt-get install -y postgresql` (Debian's package).");
  return path.join(base, versions[0], "bin");
}

/** Whether Debian's postgresql server binaries are installed. */
export function postgresInstalled() {
  try {
    return Boolean(binaries());
  } catch {
    return false;
  }
}

/** `settings`: more `name=value` server settings (-c), e.g. the benchmark's pg_stat_statements. */
export async function startPostgresServer(port, settings = []) {
  const bin = binaries();
  const folder = mkdtempSync(path.join(tmpdir(), "kubedeck-postgres-"));
  const asRoot = process.getuid?.() === 0;
  const run = (program, args) => {
    const command = asRoot ? "runuser" : path.join(bin, program);
    const full = asRoot ? ["-u", "postgres", "--", path.join(bin, program), ...args] : args;
    execFileSync(command, full, { stdio: ["ignore", "ignore", "inherit"], cwd: folder });
  };
  if (asRoot) {
    const user = execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim();
    const group = execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim();
    chownSync(folder, Number(user), Number(group));
  }
  const data = path.join(folder, "data");
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  // Throw-away data: no fsync (the tests and benchmarks measure the app, not this disk's flushes).
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200${settings.map((setting) => ` -c ${setting}`).join("")}`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(folder, "server.log"), "-w", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // already stopped
    }
    rmSync(folder, { recursive: true, force: true });
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => { stop(); process.exit(1); });
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, folder, stop, exists: () => statSync(data).isDirectory() };
}
