/**
 * Admission of one parsed document, in the API server's order: kind and version resolution, decoding
 * (schema types and strict unknown fields), namespace lifecycle, defaulting, update rules, validation.
 * Pure: the cluster is consulted only through the AdmissionContext.
 */
import type { KubeObject } from "../object";
import { cloneJson } from "./access";
import { applyDefaults } from "./defaults/apply-defaults";
import { dropSystemFields, resourceVersionOnCreate } from "./defaults/system-fields";
import { locate, objectLabel, toApiError } from "./locate";
import { customResourceFor, customVersionsOf } from "./registry/custom-resources";
import { resolveKind } from "./registry/resolve-kind";
import { splitApiVersion } from "./registry/served-kinds";
import { validatorOf } from "./registry/validators";
import { rulesFor } from "./rules/all-rules";
import type { RuleEnvironment, RuleFinding } from "./rules/rule";
import { validateAgainstSchema } from "./schema/validate-schema";
import type { AdmissionContext, AdmitResult, ParsedDocument } from "./types";
import { applyUpdateRules } from "./update/update-rules";

function fail(doc: ParsedDocument, object: string, findings: readonly RuleFinding[]): AdmitResult {
  return { ok: false, errors: findings.map((f) => toApiError(doc, object, f)) };
}

export function admit(doc: ParsedDocument, ctx: AdmissionContext): AdmitResult {
  const input = doc.object;
  const label = objectLabel(input.kind, input.metadata.name);
  const resolution = resolveKind(input.apiVersion, input.kind);
  let namespaced: boolean;
  if (resolution.ok) {
    namespaced = resolution.served.namespaced;
    const validator = validatorOf(resolution.served);
    if (validator) {
      const decodeErrors = validateAgainstSchema(validator, input);
      if (decodeErrors.length > 0) return fail(doc, label, decodeErrors);
    }
  } else {
    // Not a built-in kind: a CustomResourceDefinition in the cluster may serve it (its schema is not checked).
    const definitions = ctx.customResourceDefinitions?.() ?? [];
    const custom = customResourceFor(definitions, input.apiVersion, input.kind);
    if (!custom) {
      const versions = customVersionsOf(definitions, splitApiVersion(input.apiVersion).group, input.kind);
      const message = versions.length > 0 ? `no matches for kind "${input.kind}" in version "${input.apiVersion}": its CustomResourceDefinition serves ${versions.join(", ")}.` : resolution.message;
      return { ok: false, errors: [{ file: doc.file, ...locate(doc, "kind"), object: label, path: "", message }] };
    }
    namespaced = custom.namespaced;
  }

  const object: KubeObject = cloneJson(input);
  if (namespaced) {
    const namespace = object.metadata.namespace || "default";
    object.metadata.namespace = namespace;
    if (!ctx.namespaceExists(namespace)) {
      return fail(doc, label, [{ path: "metadata.namespace", message: `namespaces "${namespace}" not found. Create the Namespace first (kubectl create namespace ${namespace}, or put a "kind: Namespace" object named ${namespace} before this one in the same apply).` }]);
    }
  } else {
    delete object.metadata.namespace;
  }

  const name = object.metadata.name;
  const previous = name ? ctx.existing(object.apiVersion, object.kind, object.metadata.namespace, name) : undefined;
  if (!previous) {
    const versionFindings = resourceVersionOnCreate(object);
    if (versionFindings.length > 0) return fail(doc, label, versionFindings);
  }
  dropSystemFields(object);

  const env: RuleEnvironment = { serviceIPFamilies: ctx.serviceIPFamilies ?? ["IPv4"] };
  applyDefaults(object, { serviceIPFamilies: env.serviceIPFamilies });

  const findings: RuleFinding[] = [];
  for (const rule of rulesFor(object.kind)) findings.push(...rule.check(object, env));
  if (findings.length > 0) return fail(doc, label, findings);

  if (previous) {
    const updateFindings = applyUpdateRules(object, previous);
    if (updateFindings.length > 0) return fail(doc, label, updateFindings);
  }
  return { ok: true, object };
}
