/** The virtual clock's instants: seconds since the cluster started, printed as RFC 3339 like the API. */
export function isoAt(startMs: number, seconds: number): string {
  return new Date(startMs + Math.round(seconds * 1000)).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** kubectl's AGE column (`5s`, `3m12s`, `2d4h`). */
export function formatAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
}
