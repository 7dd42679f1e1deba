/**
 * The Deployment controller's arithmetic, as pure functions over replica counts: resolving maxSurge /
 * maxUnavailable, how far the new ReplicaSet may grow, how far old ones may shrink (k8s.io/kubernetes
 * pkg/controller/deployment/rolling.go).
 */
export interface RsCounts {
  readonly name: string;
  readonly replicas: number;
  readonly available: number;
  readonly created: string;
}

function resolve(value: unknown, total: number, roundUp: boolean): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.endsWith("%")) {
    const exact = (Number(value.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(exact) : Math.floor(exact);
  }
  return Number(value) || 0;
}

/** [maxSurge, maxUnavailable]; both zero is not allowed, so unavailable becomes 1 as upstream does. */
export function surgeAndUnavailable(strategy: Record<string, unknown> | undefined, replicas: number): [number, number] {
  const surge = resolve(strategy?.maxSurge ?? "25%", replicas, true);
  let unavailable = resolve(strategy?.maxUnavailable ?? "25%", replicas, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

/** The new ReplicaSet's next size during a rolling update. */
export function newReplicaSetSize(replicas: number, surge: number, newRs: RsCounts, all: readonly RsCounts[]): number {
  if (newRs.replicas > replicas) return replicas;
  const current = all.reduce((s, r) => s + r.replicas, 0);
  const maxTotal = replicas + surge;
  if (current >= maxTotal) return newRs.replicas;
  const up = Math.min(maxTotal - current, replicas - newRs.replicas);
  return newRs.replicas + Math.max(0, up);
}

/** How many old pods may go now: old ReplicaSets' new sizes, oldest first. */
export function scaleDownOld(replicas: number, unavailable: number, newRs: RsCounts, old: readonly RsCounts[]): Map<string, number> {
  const out = new Map<string, number>();
  const all = [newRs, ...old];
  const allPods = all.reduce((s, r) => s + r.replicas, 0);
  const minAvailable = replicas - unavailable;
  const newUnavailable = newRs.replicas - newRs.available;
  let budget = allPods - minAvailable - newUnavailable;
  if (budget <= 0) return out;
  const sorted = [...old].sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : a.name < b.name ? -1 : 1));
  // First the old ReplicaSets' unhealthy pods, which cost no availability.
  for (const rs of sorted) {
    if (budget <= 0) break;
    const unhealthy = rs.replicas - rs.available;
    if (unhealthy <= 0) continue;
    const cut = Math.min(unhealthy, budget);
    out.set(rs.name, rs.replicas - cut);
    budget -= cut;
  }
  const available = all.reduce((s, r) => s + r.available, 0);
  let total = available - minAvailable;
  for (const rs of sorted) {
    if (total <= 0) break;
    const size = out.get(rs.name) ?? rs.replicas;
    if (size === 0) continue;
    const cut = Math.min(size, total);
    out.set(rs.name, size - cut);
    total -= cut;
  }
  return out;
}
