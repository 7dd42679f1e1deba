/**
 * Why a rollout dropped capacity or sent requests too early, read from the Deployments' specs: the
 * Recreate strategy, a rolling update that allows unavailable pods, containers without a readiness probe.
 */
import type { KubeObject } from "../../cluster/object";
import type { PodTemplate } from "../../cluster/types";

interface DeploymentSpec { replicas?: number; strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: number | string } }; template?: PodTemplate }

/** `25%` of 4 → 1 (maxUnavailable rounds down). */
function resolveUnavailable(value: number | string | undefined, replicas: number): number {
  if (value === undefined) return Math.floor(replicas * 0.25);
  if (typeof value === "number") return value;
  const percent = Number(value.replace("%", ""));
  return Number.isFinite(percent) ? Math.floor((replicas * percent) / 100) : 0;
}

export function explainRollouts(objects: readonly KubeObject[]): string | undefined {
  const parts: string[] = [];
  for (const d of objects.filter((o) => o.kind === "Deployment" && (o.metadata.generation ?? 1) > 1)) {
    const spec = (d.spec ?? {}) as DeploymentSpec;
    const name = d.metadata.name ?? "";
    const replicas = spec.replicas ?? 1;
    if (spec.strategy?.type === "Recreate") parts.push(`Deployment ${name} uses the Recreate strategy, which stops every old pod before it starts a new one`);
    else {
      const unavailable = resolveUnavailable(spec.strategy?.rollingUpdate?.maxUnavailable, replicas);
      if (unavailable > 0) parts.push(`Deployment ${name}'s rolling update may take ${unavailable} of its ${replicas} pods away at a time (maxUnavailable ${String(spec.strategy?.rollingUpdate?.maxUnavailable ?? "25%")}); set maxUnavailable: 0 and let maxSurge add pods instead`);
    }
    const unprobed = (spec.template?.spec.containers ?? []).filter((c) => !c.readinessProbe).map((c) => c.name);
    if (unprobed.length > 0) parts.push(`container ${unprobed.join(", ")} of Deployment ${name} has no readiness probe, so a new pod counts as ready as soon as it starts, before it can answer`);
  }
  return parts.length > 0 ? parts.join("; ") : undefined;
}
