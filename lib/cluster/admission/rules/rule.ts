/**
 * A semantic validation rule: the API server's own checks that the OpenAPI schema cannot express.
 * One rule per file, with a stable id; rule metadata is data so the linter and docs can list them.
 */
import type { KubeObject } from "../../object";

export interface RuleMeta {
  /** stable id, also the file name: "required-image" */
  id: string;
  /** what the rule checks, one line */
  title: string;
  /** kinds it applies to; "*" for every kind */
  kinds: readonly string[] | "*";
}

export interface RuleFinding {
  /** API-server notation, e.g. "spec.template.spec.containers[0].image" */
  path: string;
  /** the API server's wording where it has one, then how to fix it */
  message: string;
  /** a more precise path to point the line at, when the API server reports a parent (labels report the map) */
  at?: string;
}

/** What a rule may know about the cluster besides the object (kept small and pure). */
export interface RuleEnvironment {
  /** the IP families the cluster's Services can use, e.g. ["IPv4"] */
  serviceIPFamilies: readonly ("IPv4" | "IPv6")[];
}

export interface Rule {
  meta: RuleMeta;
  check(object: KubeObject, env: RuleEnvironment): RuleFinding[];
}
