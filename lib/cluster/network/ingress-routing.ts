/**
 * How ingress-nginx picks a backend for a request: the server block by host (exact host, then a
 * one-label wildcard `*.example.com`, then rules without host), then the location by path (longest
 * match wins; Exact beats Prefix at equal length; Prefix matches whole path elements, so `/api`
 * matches `/api` and `/api/x` but not `/apiary`; ImplementationSpecific behaves as Prefix), then
 * spec.defaultBackend, then the controller's own 404.
 */
import type { IngressBackend, IngressView, ServedIngress } from "./ingress";

export interface IngressMatch {
  ingress: IngressView;
  backend: IngressBackend;
  /** `host shop.example.com, path /api (Prefix)`, or `defaultBackend`. */
  how: string;
}

export type IngressRouting =
  | { kind: "matched"; match: IngressMatch }
  | { kind: "no-host"; knownHosts: string[] }
  | { kind: "no-path"; host: string; ingresses: string[]; paths: string[] };

function elements(path: string): string[] {
  return path.split("/").filter((e) => e !== "");
}

/** Whether `rulePath` of `pathType` matches the request path, per the Ingress specification. */
export function pathMatches(rulePath: string, pathType: string, requestPath: string): boolean {
  if (pathType === "Exact") return rulePath === requestPath;
  const rule = elements(rulePath);
  const request = elements(requestPath);
  return rule.length <= request.length && rule.every((e, i) => request[i] === e);
}

/** Whether a rule's host matches: exact, or `*.x` with exactly one label in place of `*`. */
export function hostMatches(ruleHost: string, host: string): boolean {
  if (!ruleHost.startsWith("*.")) return ruleHost === host;
  const suffix = ruleHost.slice(1);
  if (!host.endsWith(suffix)) return false;
  const label = host.slice(0, -suffix.length);
  return label.length > 0 && !label.includes(".");
}

interface Candidate { ingress: IngressView; host?: string; path: string; pathType: string; backend: IngressBackend }

function candidatesFor(served: readonly ServedIngress[], test: (ruleHost: string | undefined) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const s of served) {
    for (const rule of s.ingress.rules) {
      if (!test(rule.host)) continue;
      for (const p of rule.paths) out.push({ ingress: s.ingress, host: rule.host, ...p });
    }
  }
  return out;
}

function bestPath(candidates: readonly Candidate[], requestPath: string): Candidate | undefined {
  let best: Candidate | undefined;
  let bestScore = -1;
  for (const c of candidates) {
    if (!pathMatches(c.path, c.pathType, requestPath)) continue;
    // Longer paths win; Exact wins over Prefix at the same length; earlier (older) Ingresses win ties.
    const score = c.path.length * 2 + (c.pathType === "Exact" ? 1 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function defaultBackendOf(served: readonly ServedIngress[]): IngressMatch | undefined {
  const s = served.find((x) => x.ingress.defaultBackend);
  return s?.ingress.defaultBackend ? { ingress: s.ingress, backend: s.ingress.defaultBackend, how: "defaultBackend" } : undefined;
}

export function routeIngress(served: readonly ServedIngress[], host: string, requestPath: string): IngressRouting {
  const lower = host.toLowerCase();
  const groups = [
    candidatesFor(served, (h) => h !== undefined && !h.startsWith("*.") && h === lower),
    candidatesFor(served, (h) => h !== undefined && h.startsWith("*.") && hostMatches(h, lower)),
    candidatesFor(served, (h) => h === undefined),
  ];
  const group = groups.find((g) => g.length > 0);
  if (!group) {
    const fallback = defaultBackendOf(served);
    if (fallback) return { kind: "matched", match: fallback };
    const knownHosts = [...new Set(served.flatMap((s) => s.ingress.rules.flatMap((r) => (r.host ? [r.host] : []))))].sort();
    return { kind: "no-host", knownHosts };
  }
  const best = bestPath(group, requestPath);
  if (best) {
    const hostText = best.host ? `host ${best.host}` : "any host";
    return { kind: "matched", match: { ingress: best.ingress, backend: best.backend, how: `${hostText}, path ${best.path} (${best.pathType})` } };
  }
  const owners = served.filter((s) => group.some((c) => c.ingress === s.ingress));
  const fallback = defaultBackendOf(owners) ?? defaultBackendOf(served);
  if (fallback) return { kind: "matched", match: fallback };
  return {
    kind: "no-path",
    host: group[0]?.host ?? "(any host)",
    ingresses: [...new Set(group.map((c) => c.ingress.name))],
    paths: group.map((c) => `${c.path} (${c.pathType})`),
  };
}
