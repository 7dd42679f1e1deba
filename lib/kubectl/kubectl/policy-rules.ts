/**
 * The rules `kubectl create role|clusterrole` builds from --verb, --resource and --resource-name,
 * as kubectl's generateResourcePolicyRules does: one rule per API group (groups sorted), short
 * names resolved (`deploy` → `deployments` in `apps`), `*` alone when any verb is `*`.
 */
import { KubectlError, type Invocation } from "./command";
import type { CommandOutput } from "../shell/program";
import { groupOf, resolveResource } from "./resources";

export interface PolicyRule {
  apiGroups?: string[];
  nonResourceURLs?: string[];
  resourceNames?: string[];
  resources?: string[];
  verbs: string[];
}

const STANDARD_VERBS = ["*", "get", "delete", "list", "create", "update", "patch", "watch", "proxy", "deletecollection", "use", "bind", "escalate", "impersonate"];

/** `--verb=get,list --verb=watch` (a string slice: commas split). */
export const sliceOf = (inv: Invocation, flag: string): string[] => inv.flags.strings(flag).flatMap((v) => v.split(",")).filter((v) => v !== "");

/** The verbs, with kubectl's warning for each non-standard one. */
export function verbsOf(inv: Invocation): { verbs: string[]; warnings: string } {
  const verbs = sliceOf(inv, "verb");
  if (verbs.length === 0) throw new KubectlError("error: at least one verb must be specified");
  const warnings = verbs.filter((v) => !STANDARD_VERBS.includes(v)).map((v) => `Warning: '${v}' is not a standard resource verb\n`).join("");
  return { verbs: verbs.includes("*") ? ["*"] : verbs, warnings };
}

interface TypedResource { resource: string; group: string; subresource: string }

function parseResource(typed: string): TypedResource {
  const [base = "", subresource = ""] = typed.split("/");
  const dot = base.indexOf(".");
  return { resource: dot < 0 ? base : base.slice(0, dot), group: dot < 0 ? "" : base.slice(dot + 1), subresource };
}

export function resourceRules(inv: Invocation, verbs: string[]): PolicyRule[] {
  const byGroup = new Map<string, string[]>();
  for (const typed of sliceOf(inv, "resource")) {
    const r = parseResource(typed);
    if (r.resource === "") throw new KubectlError("error: resource must be specified if apiGroup/subresource specified");
    let name = r.resource;
    let group = r.group;
    if (r.resource !== "*") {
      const known = resolveResource(r.group ? `${r.resource}.${r.group}` : r.resource);
      if (!known) throw new KubectlError(`error: no matches for ${r.group}/, Resource=${r.resource}`);
      name = known.name;
      group = groupOf(known);
    }
    const full = r.subresource ? `${name}/${r.subresource}` : name;
    const list = byGroup.get(group) ?? [];
    if (!list.includes(full)) list.push(full);
    byGroup.set(group, list);
  }
  const resourceNames = inv.flags.strings("resource-name");
  return [...byGroup.keys()].sort().map((group) => ({
    apiGroups: [group], ...(resourceNames.length > 0 ? { resourceNames } : {}), resources: byGroup.get(group) ?? [], verbs,
  }));
}

/** Runs the rest of the command with the verb warnings printed first, also when it fails. */
export function withWarnings(warnings: string, run: () => CommandOutput): CommandOutput {
  try {
    const out = run();
    return { ...out, stderr: warnings + out.stderr, stderrFirst: warnings !== "" || out.stderrFirst === true };
  } catch (e) {
    if (e instanceof KubectlError) throw new KubectlError(warnings + e.text, e.stdout);
    throw e;
  }
}
