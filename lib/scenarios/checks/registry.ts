/** Every check type by its stable `type` id: conditions (they look) and actions (they act on a cluster of their own). */
import type { ActionContext, CheckOutcome, ClusterView } from "./check-type";
import { CONDITIONS, formatZodIssues } from "./conditions";
import { faultCheck } from "./fault";
import { volumeSurvivesCheck } from "./volume-survives";
import type { ActionType } from "./check-type";
import type { Cluster } from "../../cluster/cluster";

export type CompiledCheck =
  | { kind: "condition"; evaluate: (view: ClusterView) => CheckOutcome }
  | { kind: "action"; run: (ctx: ActionContext) => CheckOutcome; watchAnswer?: (cluster: Cluster, seed: number) => (() => CheckOutcome) | undefined };

function action<P>(check: ActionType<P>) {
  return {
    type: check.type,
    compile(params: unknown): { ok: true; check: CompiledCheck } | { ok: false; errors: string[] } {
      const parsed = check.schema.safeParse(params);
      if (!parsed.success) return { ok: false, errors: formatZodIssues(parsed.error) };
      const value = parsed.data;
      const watch = check.watchAnswer;
      return {
        ok: true,
        check: { kind: "action", run: (ctx) => check.run(ctx, value), ...(watch ? { watchAnswer: (cluster: Cluster, seed: number) => watch(cluster, value, seed) } : {}) },
      };
    },
  };
}

const ACTIONS = new Map([action(faultCheck), action(volumeSurvivesCheck)].map((a) => [a.type, a] as const));

export const CHECK_TYPES: readonly string[] = [...CONDITIONS.keys(), ...ACTIONS.keys()].sort();

/** Validates a check's parameters against its type; errors are `field: message`. */
export function compileCheck(type: string, params: unknown): { ok: true; check: CompiledCheck } | { ok: false; errors: string[] } {
  const condition = CONDITIONS.get(type);
  if (condition) {
    const compiled = condition.compile(params);
    return compiled.ok ? { ok: true, check: { kind: "condition", evaluate: compiled.evaluate } } : compiled;
  }
  const act = ACTIONS.get(type);
  if (act) return act.compile(params);
  return { ok: false, errors: [`unknown check type ${JSON.stringify(type)}; known types: ${CHECK_TYPES.join(", ")}`] };
}
