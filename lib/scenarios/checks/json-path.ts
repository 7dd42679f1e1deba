/**
 * A small JSONPath-like reader for `field` checks: `spec.replicas`,
 * `spec.template.spec.containers[0].image`, `spec.ports[*].port`, `spec.containers[name=web].image`,
 * `metadata.labels["app.kubernetes.io/name"]`. Returns every value the path reaches.
 */

type Segment = { key: string } | { index: number } | { all: true } | { filter: [string, string] };

export function parsePath(path: string): Segment[] | string {
  const out: Segment[] = [];
  const re = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\*\]|\[([\w.-]+)=([^\]]*)\]|\["([^"]+)"\]|\['([^']+)'\]/y;
  let at = 0;
  while (at < path.length) {
    re.lastIndex = at;
    const m = re.exec(path);
    if (!m) return `cannot read the path ${JSON.stringify(path)} at character ${at + 1}`;
    if (m[1] !== undefined) out.push({ key: m[1] });
    else if (m[2] !== undefined) out.push({ index: Number(m[2]) });
    else if (m[3] !== undefined) out.push({ filter: [m[3], m[4] ?? ""] });
    else if (m[5] !== undefined || m[6] !== undefined) out.push({ key: m[5] ?? m[6] ?? "" });
    else out.push({ all: true });
    at = re.lastIndex;
  }
  return out;
}

function step(values: unknown[], s: Segment): unknown[] {
  const next: unknown[] = [];
  for (const v of values) {
    if ("key" in s) {
      if (typeof v === "object" && v !== null && !Array.isArray(v) && s.key in v) next.push((v as Record<string, unknown>)[s.key]);
    } else if (Array.isArray(v)) {
      if ("index" in s) {
        if (s.index < v.length) next.push(v[s.index]);
      } else if ("all" in s) next.push(...v);
      else next.push(...v.filter((item) => typeof item === "object" && item !== null && String((item as Record<string, unknown>)[s.filter[0]]) === s.filter[1]));
    }
  }
  return next;
}

export function readPath(root: unknown, segments: readonly Segment[]): unknown[] {
  return segments.reduce<unknown[]>((values, s) => step(values, s), [root]);
}
