/**
 * What the server images of the catalogue (lib/cluster/images) print: start-up lines, one access
 * line per request they answered, and the message they exit with when their required environment is
 * missing. Behaviour as data, one entry per repository; wording follows the real images.
 */
import { parseImageReference } from "../../cluster/images/catalogue";
import { clfDate, pgDate, redisDate, slashDate, type LogLine, type RunContext, type ServedRequest } from "./log-context";

export interface ServerLogs {
  readonly start: (ctx: RunContext) => LogLine[];
  readonly access?: (req: ServedRequest, ctx: RunContext) => string[];
  /** The message when required env vars are missing (the container exits 1). */
  readonly missingEnv?: (missing: readonly string[]) => string[];
}

const at = (ctx: RunContext, offset: number, texts: readonly string[]): LogLine[] => texts.map((text) => ({ at: ctx.startedAt + offset, text }));

const NGINX_PATCH: Readonly<Record<string, string>> = { "1.25": "1.25.5", "1.26": "1.26.3", "1.27": "1.27.5", "1.28": "1.28.0", "1.29": "1.29.3" };

function nginxVersion(image: string): string {
  const tag = parseImageReference(image).tag.replace(/-.*$/, "");
  if (/^\d+\.\d+\.\d+$/.test(tag)) return tag;
  return NGINX_PATCH[tag] ?? (/^\d+\.\d+$/.test(tag) ? `${tag}.0` : "1.29.3");
}

const nginx: ServerLogs = {
  start: (ctx) => {
    const stamp = slashDate(ctx.dateOf(ctx.startedAt));
    return at(ctx, 0, [
      "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
      "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
      "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
      "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf",
      "/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh",
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
      ...[
        'using the "epoll" event method',
        `nginx/${nginxVersion(ctx.container.image ?? "nginx")}`,
        "built by gcc 12.2.0 (Debian 12.2.0-14+deb12u1)",
        "OS: Linux 6.8.0-1021-gke",
        "getrlimit(RLIMIT_NOFILE): 1048576:1048576",
        "start worker processes",
        "start worker process 29",
        "start worker process 30",
      ].map((t) => `${stamp} [notice] 1#1: ${t}`),
    ]);
  },
  access: (req, ctx) => [`${req.clientIP} - - [${clfDate(ctx.dateOf(req.at))}] "${req.method} ${req.path} HTTP/1.1" 200 ${req.path === "/" || req.path === "/index.html" ? 615 : 153} "-" "${req.userAgent}" "-"`],
};

const kubedeckWeb = (version: string, startup: number): ServerLogs => ({
  start: (ctx) => [
    ...at(ctx, 0, [`kubedeck-web ${version} starting (pod ${ctx.podName})`]),
    ...(startup > 0 ? at(ctx, 0, [`warming up: not answering for ${startup}s`]) : []),
    ...at(ctx, startup, [`listening on :8080 (GET /healthz answers 200 when ready)`]),
  ],
  access: (req, ctx) => [`${ctx.dateOf(req.at).toISOString()} ${req.clientIP} ${req.method} ${req.path} 200`],
});

const redis: ServerLogs = {
  start: (ctx) => {
    const c = `1:C ${redisDate(ctx.dateOf(ctx.startedAt))}`;
    const m = `1:M ${redisDate(ctx.dateOf(ctx.startedAt))}`;
    return at(ctx, 0, [
      `${c} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `${c} * Redis version=7.4.2, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `${c} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `${m} * monotonic clock: POSIX clock_gettime`,
      `${m} * Running mode=standalone, port=6379.`,
      `${m} * Server initialized`,
      `${m} * Ready to accept connections tcp`,
    ]);
  },
};

const postgres: ServerLogs = {
  start: (ctx) => {
    const stamp = pgDate(ctx.dateOf(ctx.startedAt + 2));
    return [
      ...at(ctx, 0, ["The files belonging to this database system will be owned by user \"postgres\".", "", "PostgreSQL init process complete; ready for start up.", ""]),
      ...at(ctx, 2, [
        "starting PostgreSQL 17.2 (Debian 17.2-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit",
        'listening on IPv4 address "0.0.0.0", port 5432',
        'listening on IPv6 address "::", port 5432',
        'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"',
        "database system is ready to accept connections",
      ].map((t) => `${stamp} [1] LOG:  ${t}`)),
    ];
  },
  missingEnv: () => [
    "Error: Database is uninitialized and superuser password is not specified.",
    "       You must specify POSTGRES_PASSWORD to a non-empty value for the",
    '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
    "",
    '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
    "       connections without a password. This is *not* recommended.",
    "",
    '       See PostgreSQL documentation about "trust":',
    "       https://www.postgresql.org/docs/current/auth-trust.html",
  ],
};

const kubedeckApi: ServerLogs = {
  start: (ctx) => at(ctx, 0, [`kubedeck-api 1.0 starting (pod ${ctx.podName})`, `connecting to database at ${ctx.env.find((v) => v.name === "DB_HOST")?.value ?? ""}`, "listening on :3000"]),
  access: (req, ctx) => [`${ctx.dateOf(req.at).toISOString()} ${req.clientIP} ${req.method} ${req.path} 200`],
  missingEnv: (missing) => [`kubedeck-api 1.0 starting`, `fatal: ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set; the API needs DB_HOST and DB_PASSWORD to reach its database. Exiting with code 1.`],
};

const logAgent: ServerLogs = {
  start: (ctx) => at(ctx, 0, ["kubedeck-log-agent 1.0 starting", "tailing /var/log/containers/*.log and /var/log/pods/*/*/*.log"]),
};

export const SERVER_LOGS: Readonly<Record<string, ServerLogs>> = {
  nginx,
  "kubedeck/web:1.0": kubedeckWeb("1.0", 0),
  "kubedeck/web:2.0": kubedeckWeb("2.0", 15),
  "kubedeck/api": kubedeckApi,
  "kubedeck/log-agent": logAgent,
  redis,
  postgres,
};

/** The entry for an image: `repository:tag` first (kubedeck/web's versions differ), then the repository. */
export function serverLogsOf(repository: string, image: string): ServerLogs | undefined {
  return SERVER_LOGS[`${repository}:${parseImageReference(image).tag}`] ?? SERVER_LOGS[repository];
}
