/**
 * The condition check types (they only look at a cluster), and compiling an authored condition
 * `{ type, …params }` into something a fault can evaluate at every instant.
 */
import { z } from "zod";
import type { CheckOutcome, ClusterView, ConditionType } from "./check-type";
import { countCheck } from "./count";
import { dnsCheck } from "./dns";
import { endpointsCheck } from "./endpoints";
import { envCheck } from "./env-source";
import { fieldCheck } from "./field";
import { fileCheck } from "./file-content";
import { hostMountCheck } from "./host-mount";
import { noPlainSecretCheck } from "./no-plain-secret";
import { notExposedCheck } from "./not-exposed";
import { objectsCheck } from "./object-count";
import { requestsCheck } from "./pod-requests";
import { requestCheck } from "./request";
import { rolloutCheck } from "./rollout-complete";
import { terminalFileCheck } from "./terminal-file";

/** Each entry keeps its own parameter type; `compile` closes over it. */
interface AnyCondition {
  readonly type: string;
  compile(params: unknown): { ok: true; evaluate: (view: ClusterView) => CheckOutcome } | { ok: false; errors: string[] };
}

function entry<P>(check: ConditionType<P>): AnyCondition {
  return {
    type: check.type,
    compile(params) {
      const parsed = check.schema.safeParse(params);
      if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error) };
      const value = parsed.data;
      return { ok: true, evaluate: (view) => check.evaluate(view, value) };
    },
  };
}

export const CONDITIONS: ReadonlyMap<string, AnyCondition> = new Map(
  [
    entry(countCheck), entry(dnsCheck), entry(endpointsCheck), entry(envCheck), entry(fieldCheck), entry(fileCheck), entry(hostMountCheck),
    entry(noPlainSecretCheck), entry(notExposedCheck), entry(objectsCheck), entry(requestsCheck), entry(requestCheck), entry(rolloutCheck), entry(terminalFileCheck),
  ].map((c) => [c.type, c] as const),
);

/** `url: Invalid input: expected string, received undefined` for each zod issue. */
export function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
}

export interface CompiledCondition {
  type: string;
  evaluate: (view: ClusterView) => CheckOutcome;
}

/** Compiles `{ type: "count", … }` from a fault's `hold` or `after` list; errors name the list index. */
export function compileConditions(raw: readonly Record<string, unknown>[], where: string): { conditions: CompiledCondition[]; errors: string[] } {
  const conditions: CompiledCondition[] = [];
  const errors: string[] = [];
  raw.forEach((item, i) => {
    const { type, ...params } = item;
    const c = typeof type === "string" ? CONDITIONS.get(type) : undefined;
    if (!c) {
      errors.push(`${where}[${i}]: type must be one of ${[...CONDITIONS.keys()].join(", ")}, got ${JSON.stringify(type)}`);
      return;
    }
    const compiled = c.compile(params);
    if (compiled.ok) conditions.push({ type: c.type, evaluate: compiled.evaluate });
    else errors.push(...compiled.errors.map((e) => `${where}[${i}] (${c.type}): ${e}`));
  });
  return { conditions, errors };
}
