/**
 * Runs every diagnosis rule over the settled cluster and places each finding where the learner wrote
 * the object: a pod's problem points at the workload that declares it, its path moved into the pod
 * template (`spec.containers[0].image` → `spec.template.spec.containers[0].image`).
 */
import type { KubeObject } from "../object";
import type { DiagnosisContext, DiagnosisRule, Finding, Problem, Severity } from "./problem";
import { objectLabel } from "./paths";
import { ALL_RULES } from "./rules/all";

/** Where a declared object's field is written, when it came from a file. */
export type Placer = (o: KubeObject, path: string) => { file: string; line: number } | undefined;

const ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

function toProblem(rule: DiagnosisRule, f: Finding, place: Placer): Problem {
  const at = f.at ?? place(f.object, f.path);
  return {
    id: rule.meta.id, severity: f.severity ?? rule.meta.severity, object: objectLabel(f.object), path: f.path,
    file: at?.file ?? null, line: at?.line ?? null, message: f.message, fix: f.fix,
  };
}

export function diagnose(ctx: DiagnosisContext, place: Placer, rules: readonly DiagnosisRule[] = ALL_RULES): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const finding of rule.check(ctx)) {
      const p = toProblem(rule, finding, place);
      const k = `${p.id}\u0000${p.object}\u0000${p.path}\u0000${p.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(p);
    }
  }
  return out.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || a.id.localeCompare(b.id));
}

/** The PROBLEMS section `kubedeck apply` prints: one block per problem, its fix indented below. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return "PROBLEMS\nnone found";
  const lines = ["PROBLEMS"];
  for (const p of problems) {
    const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ""}${p.path ? ` ${p.path}` : ""}` : p.path;
    lines.push(`${p.severity.padEnd(8)}${p.id}  ${p.object}${where ? `  (${where})` : ""}`);
    lines.push(`        ${p.message}`);
    lines.push(`        fix: ${p.fix}`);
  }
  return lines.join("\n");
}
