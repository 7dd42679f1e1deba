/**
 * `no-plain-secret`: a secret value must appear in no ConfigMap and in no literal env `value:` of any
 * pod or pod template (Deployment, StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, Pod).
 */
import { z } from "zod";
import type { KubeObject } from "../../cluster/object";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";

export const noPlainSecretSchema = z.object({ value: z.string().min(1) }).strict();

export type NoPlainSecretParams = z.infer<typeof noPlainSecretSchema>;

function decoded(value: string): string {
  try {
    return atob(value);
  } catch {
    return "";
  }
}

/** Paths of literal env values containing `secret`, walking every `env` list in the object. */
function literalEnv(node: unknown, path: string, secret: string, out: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => literalEnv(item, `${path}[${i}]`, secret, out));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "env" && Array.isArray(v)) {
      v.forEach((e: unknown, i) => {
        const value = typeof e === "object" && e !== null ? (e as Record<string, unknown>).value : undefined;
        if (typeof value === "string" && value.includes(secret)) out.push(`${path}.env[${i}].value`);
      });
    } else literalEnv(v, path ? `${path}.${k}` : k, secret, out);
  }
}

const OWNED = (o: KubeObject): boolean => (o.metadata.ownerReferences ?? []).some((r) => r.controller === true);

export function evaluateNoPlainSecret(view: ClusterView, p: NoPlainSecretParams): CheckOutcome {
  const found: string[] = [];
  for (const o of view.objects) {
    const name = `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name ?? ""}`;
    if (o.kind === "ConfigMap") {
      for (const field of ["data", "binaryData"] as const) {
        const data = o[field];
        if (typeof data !== "object" || data === null) continue;
        for (const [k, v] of Object.entries(data)) {
          if (typeof v === "string" && (v.includes(p.value) || (field === "binaryData" && decoded(v).includes(p.value)))) found.push(`${name}, key ${k}`);
        }
      }
    } else if (o.kind !== "Secret" && !OWNED(o)) {
      const paths: string[] = [];
      literalEnv(o.spec, "spec", p.value, paths);
      found.push(...paths.map((path) => `${name}: ${path}`));
    }
  }
  if (found.length > 0) {
    return failure(`the secret value is written in plain text in ${found.join("; ")}: anyone who can read that object can read it. Put it in a Secret and reference it (secretKeyRef or envFrom.secretRef)`, found);
  }
  return pass("the secret value appears in no ConfigMap and in no literal env value");
}

export const noPlainSecretCheck: ConditionType<NoPlainSecretParams> = { kind: "condition", type: "no-plain-secret", schema: noPlainSecretSchema, evaluate: evaluateNoPlainSecret };
