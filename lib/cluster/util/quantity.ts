/** Kubernetes resource quantities (`500m`, `1Gi`, `2`, `1e3`) as numbers: CPU in millicores, else bytes/units. */
const SUFFIX: Record<string, number> = {
  "": 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** The value of a quantity in base units (`500m` → 0.5, `1Gi` → 1073741824); NaN when unreadable. */
export function parseQuantity(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return Number.NaN;
  const match = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)([a-zA-Z]*)$/.exec(value.trim());
  if (!match) return Number.NaN;
  const factor = SUFFIX[match[2] ?? ""];
  if (factor === undefined) return Number.NaN;
  return Number(match[1]) * factor;
}

/** CPU in millicores, rounded up as the API server does. */
export function cpuMillis(value: unknown): number {
  const v = parseQuantity(value);
  return Number.isFinite(v) ? Math.ceil(Math.round(v * 1e6) / 1e3) : 0;
}

/** Memory (or any integer resource) in whole units. */
export function units(value: unknown): number {
  const v = parseQuantity(value);
  return Number.isFinite(v) ? Math.ceil(v) : 0;
}

/** Millicores printed as kubectl does (`500m`, `2`). */
export function formatCpu(millis: number): string {
  return millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`;
}

/** Bytes printed in the largest binary unit that divides them (`1Gi`, `512Mi`). */
export function formatMemory(bytes: number): string {
  for (const [suffix, factor] of [["Ei", 2 ** 60], ["Pi", 2 ** 50], ["Ti", 2 ** 40], ["Gi", 2 ** 30], ["Mi", 2 ** 20], ["Ki", 2 ** 10]] as const) {
    if (bytes >= factor && bytes % factor === 0) return `${bytes / factor}${suffix}`;
  }
  return String(bytes);
}
