/**
 * The `pg` connection settings for a postgresql:// URL, as separate fields: @prisma/adapter-pg and
 * the migration runner both take them this way (a connection string is not parsed the same way by
 * every layer; see ../shared/STACK-NOTES.md). No `server-only`: scripts use it too.
 */
export interface PostgresConnection {
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  readonly password: string;
  readonly max: number;
  readonly allowExitOnIdle: true;
  readonly ssl?: { readonly rejectUnauthorized: boolean };
}

/** Connections per process unless the URL says `?connection_limit=N` (Prisma's own parameter name). */
const DEFAULT_POOL_SIZE = 5;

export function postgresConnection(url: string): PostgresConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("DATABASE_URL is not a valid postgresql:// URL: write it as postgresql://USER:PASSWORD@HOST:PORT/DATABASE");
  }
  const socketHost = parsed.searchParams.get("host");
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!database) throw new Error("DATABASE_URL names no database: add it after the port, as in postgresql://USER:PASSWORD@HOST:5432/kubedeck");
  const limit = Number(parsed.searchParams.get("connection_limit") ?? DEFAULT_POOL_SIZE);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: socketHost ?? decodeURIComponent(parsed.hostname || "localhost"),
    port: Number(parsed.port || 5432),
    database,
    user: decodeURIComponent(parsed.username || "postgres"),
    password: decodeURIComponent(parsed.password),
    max: Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_POOL_SIZE,
    allowExitOnIdle: true,
    ...(sslmode === "require" || sslmode === "verify-full" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" } } : {}),
  };
}
