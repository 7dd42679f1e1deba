/**
 * Reads the target of a simulated request: `http://host[:port]/path`, `https://…`, `tcp://host:port`,
 * or a bare `host:port` (TCP). Written by hand rather than with `URL` so that `db:5432` and names
 * without a scheme read the way a learner means them.
 */

export interface RequestTarget {
  protocol: "http" | "https" | "tcp";
  host: string;
  port: number;
  /** The HTTP path without query or fragment; `/` for TCP. */
  path: string;
  /** `shop.example.com/api`, `db:5432`: how summaries name the request. */
  label: string;
}

export type TargetParse = { ok: true; target: RequestTarget } | { ok: false; error: string };

const DEFAULT_PORTS = { http: 80, https: 443 } as const;

export function parseRequestTarget(url: string): TargetParse {
  const text = url.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  const protocolText = scheme?.[1]?.toLowerCase() ?? "tcp";
  if (protocolText !== "http" && protocolText !== "https" && protocolText !== "tcp") {
    return { ok: false, error: `unsupported scheme ${protocolText}:// (use http://, https:// or tcp://)` };
  }
  const protocol = protocolText;
  const rest = scheme ? text.slice(scheme[0].length) : text;
  const slash = rest.search(/[/?#]/);
  const authority = slash < 0 ? rest : rest.slice(0, slash);
  const rawPath = slash < 0 ? "/" : rest.slice(slash);
  const path = rawPath.replace(/[?#].*$/, "") || "/";
  const match = /^([^:@]+)(?::(\d+))?$/.exec(authority);
  if (!match?.[1]) return { ok: false, error: `cannot read a host in ${JSON.stringify(url)}` };
  const host = match[1].toLowerCase();
  const port = match[2] !== undefined ? Number(match[2]) : protocol === "tcp" ? undefined : DEFAULT_PORTS[protocol];
  if (port === undefined) return { ok: false, error: `a TCP request needs a port, as in ${host}:5432` };
  if (port < 1 || port > 65535) return { ok: false, error: `port ${port} is out of range (1-65535)` };
  const defaultPort = protocol !== "tcp" && port === DEFAULT_PORTS[protocol];
  const label = protocol === "tcp" ? `${host}:${port}` : `${host}${defaultPort ? "" : `:${port}`}${path}`;
  return { ok: true, target: { protocol, host, port, path: protocol === "tcp" ? "/" : path, label } };
}
