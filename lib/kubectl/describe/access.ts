/** describe for ResourceQuotas, Roles/ClusterRoles and RoleBindings/ClusterRoleBindings, as kubectl's describers print them (no Events). */
import type { KubeObject } from "../../cluster";
import { arr, type DescribeWriter, rec, str } from "./format";

const SCOPE_HELP: Readonly<Record<string, string>> = {
  Terminating: "Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.",
  NotTerminating: "Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.",
  BestEffort: "Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.",
  NotBestEffort: "Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.",
};

export function describeQuota(o: KubeObject, w: DescribeWriter): void {
  w.line(0, "Name:", o.metadata.name ?? "").line(0, "Namespace:", o.metadata.namespace ?? "");
  const scopes = ((rec(o.spec).scopes as string[] | undefined) ?? []).slice().sort();
  if (scopes.length > 0) {
    w.line(0, "Scopes:", scopes.join(", "));
    for (const s of scopes) if (SCOPE_HELP[s]) w.line(0, ` * ${SCOPE_HELP[s] ?? ""}`);
  }
  w.line(0, "Resource", "Used", "Hard").line(0, "--------", "----", "----");
  const status = rec(o.status);
  const hard = rec(status.hard);
  const used = rec(status.used);
  for (const name of Object.keys(hard).sort()) w.line(0, name, str(used[name], "0"), str(hard[name]));
}

type Rule = { verbs: string[]; apiGroups: string[]; resources: string[]; resourceNames: string[]; nonResourceURLs: string[] };
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** rbac's BreakdownRule then CompactRules: one rule per group/resource/name, verbs of equal ones merged. */
function compactRules(rules: readonly Record<string, unknown>[]): Rule[] {
  const simple = new Map<string, Rule>();
  const other: Rule[] = [];
  for (const r of rules) {
    const verbs = strings(r.verbs);
    const names = strings(r.resourceNames);
    for (const group of strings(r.apiGroups)) for (const resource of strings(r.resources)) for (const verb of verbs) {
      for (const name of names.length > 0 ? names : [undefined]) {
        const key = JSON.stringify([group, resource, name ?? null]);
        const existing = simple.get(key);
        if (existing) { if (!existing.verbs.includes(verb)) existing.verbs.push(verb); }
        else simple.set(key, { verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: name === undefined ? [] : [name], nonResourceURLs: [] });
      }
    }
    for (const url of strings(r.nonResourceURLs)) for (const verb of verbs) other.push({ verbs: [verb], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [url] });
  }
  const list = (v: string[]): string => `[${v.join(" ")}]`;
  // Sorted by the rule's Go String(): &PolicyRule{Verbs:[…],APIGroups:[…],Resources:[…],ResourceNames:[…],NonResourceURLs:[…],}
  const key = (r: Rule): string => `&PolicyRule{Verbs:${list(r.verbs)},APIGroups:${list(r.apiGroups)},Resources:${list(r.resources)},ResourceNames:${list(r.resourceNames)},NonResourceURLs:${list(r.nonResourceURLs)},}`;
  return [...other, ...simple.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function resourceText(r: Rule): string {
  const [first] = r.resources;
  if (first === undefined) return "";
  const [base = "", sub] = first.split(/\/(.*)/s);
  return `${base}${r.apiGroups[0] ? `.${r.apiGroups[0]}` : ""}${sub ? `/${sub}` : ""}`;
}

export function describeRole(o: KubeObject, w: DescribeWriter): void {
  w.line(0, "Name:", o.metadata.name ?? "").map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "PolicyRule:");
  w.line(1, "Resources", "Non-Resource URLs", "Resource Names", "Verbs").line(1, "---------", "-----------------", "--------------", "-----");
  const show = (v: string[]): string => `[${v.join(" ")}]`;
  for (const r of compactRules(arr(o.rules))) w.line(1, resourceText(r), show(r.nonResourceURLs), show(r.resourceNames), show(r.verbs));
}

export function describeBinding(o: KubeObject, w: DescribeWriter): void {
  const ref = rec(o.roleRef);
  w.line(0, "Name:", o.metadata.name ?? "").map(0, "Labels", o.metadata.labels).annotations(0, o.metadata.annotations);
  w.line(0, "Role:").line(1, "Kind:", str(ref.kind)).line(1, "Name:", str(ref.name));
  w.line(0, "Subjects:").line(1, "Kind", "Name", "Namespace").line(1, "----", "----", "---------");
  for (const s of arr(o.subjects)) w.line(1, str(s.kind), str(s.name), str(s.namespace));
}
