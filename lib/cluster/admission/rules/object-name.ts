/** metadata.name is required (unless generateName is set) and must follow the kind's naming rule. */
import { str } from "../access";
import { required, invalid } from "./messages";
import { dns1035Label, dns1123Label, dns1123Subdomain, pathSegmentName } from "./name-syntax";
import type { Rule } from "./rule";

/** Kinds whose names are not DNS-1123 subdomains. Everything else is. */
const NAME_RULES: Readonly<Record<string, (name: string) => readonly string[]>> = {
  Namespace: dns1123Label,
  Service: dns1035Label,
  Role: pathSegmentName,
  RoleBinding: pathSegmentName,
  ClusterRole: pathSegmentName,
  ClusterRoleBinding: pathSegmentName,
  CustomResourceDefinition: dns1123Subdomain,
};

/** Extra length limits: a CronJob's name plus an 11-character suffix must fit a Job name label. */
const MAX_LENGTH: Readonly<Record<string, number>> = { CronJob: 52 };

export const objectName: Rule = {
  meta: { id: "object-name", title: "metadata.name is set and is a valid name for its kind", kinds: "*" },
  check(object) {
    const name = str(object.metadata.name);
    const generateName = str(object.metadata.generateName);
    if (name === undefined || name === "") {
      if (generateName) return [];
      return [required("metadata.name", "name or generateName is required", 'kubectl would say "resource name may not be empty". Add "name:" under metadata, e.g. name: web.')];
    }
    const syntax = NAME_RULES[object.kind] ?? dns1123Subdomain;
    const findings = syntax(name).map((problem) => invalid("metadata.name", name, problem, "Use lowercase letters, digits and '-', e.g. my-app."));
    const limit = MAX_LENGTH[object.kind];
    if (limit !== undefined && name.length > limit) findings.push(invalid("metadata.name", name, `must be no more than ${limit} characters`));
    return findings;
  },
};
