/**
 * Field paths in the API server's notation: `spec.containers[0].image` for fields and list items,
 * `metadata.labels[app.kubernetes.io/name]` for map keys (as k8s.io/apimachinery's field.Path prints them).
 */
export type PathSegment = { field: string } | { index: number } | { key: string };

export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const segment of segments) {
    if ("field" in segment) out += out === "" ? segment.field : `.${segment.field}`;
    else if ("index" in segment) out += `[${segment.index}]`;
    else out += `[${segment.key}]`;
  }
  return out;
}

/** Parses the notation back; a bracket holding digits is a list index, anything else a map key. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    const ch = path[i];
    if (ch === ".") {
      i++;
      continue;
    }
    if (ch === "[") {
      const end = path.indexOf("]", i);
      const inner = end === -1 ? path.slice(i + 1) : path.slice(i + 1, end);
      segments.push(/^\d+$/.test(inner) ? { index: Number(inner) } : { key: inner });
      i = end === -1 ? path.length : end + 1;
      continue;
    }
    let end = i;
    while (end < path.length && path[end] !== "." && path[end] !== "[") end++;
    segments.push({ field: path.slice(i, end) });
    i = end;
  }
  return segments;
}

/** The name a segment has in the source document (list items by position). */
export function segmentKey(segment: PathSegment): string | number {
  if ("field" in segment) return segment.field;
  if ("index" in segment) return segment.index;
  return segment.key;
}

/** Drops the last segment; "" for a top-level path. */
export function parentPath(path: string): string | undefined {
  const segments = parsePath(path);
  if (segments.length === 0) return undefined;
  return formatPath(segments.slice(0, -1));
}

export function child(path: string, field: string): string {
  return path === "" ? field : `${path}.${field}`;
}

export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function key(path: string, k: string): string {
  return `${path}[${k}]`;
}
