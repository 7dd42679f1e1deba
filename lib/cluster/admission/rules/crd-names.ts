/** A CustomResourceDefinition is named <plural>.<group> and its names are lowercase where the API requires. */
import { at, objects, str } from "../access";
import { invalid, required } from "./messages";
import type { Rule, RuleFinding } from "./rule";

export const crdNames: Rule = {
  meta: { id: "crd-names", title: "a CustomResourceDefinition is named <plural>.<group> with one storage version", kinds: ["CustomResourceDefinition"] },
  check(object) {
    const findings: RuleFinding[] = [];
    const group = str(at(object, "spec", "group")) ?? "";
    const plural = str(at(object, "spec", "names", "plural")) ?? "";
    const name = object.metadata.name ?? "";
    if (plural !== "" && group !== "" && name !== `${plural}.${group}`) {
      findings.push(invalid("metadata.name", name, 'must be spec.names.plural+"."+spec.group', `Name it ${plural}.${group}.`));
    }
    if (plural !== plural.toLowerCase()) findings.push(invalid("spec.names.plural", plural, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-'"));
    if (!group.includes(".")) findings.push(invalid("spec.group", group, "should be a domain with at least one dot", "Use a domain you own, e.g. example.com."));
    const versions = objects(at(object, "spec", "versions"));
    if (versions.length === 0) findings.push(required("spec.versions", "must have exactly one version marked as storage version"));
    else if (versions.filter((v) => v.storage === true).length !== 1) findings.push(invalid("spec.versions", versions.map((v) => v.name), "must have exactly one version marked as storage version"));
    return findings;
  },
};
