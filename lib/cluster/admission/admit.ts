/**
 * Admission of one parsed document, in the API server's order: kind and version resolution, decoding
 * (schema types and strict unknown fields), namespace lifecycle, defaulting, update rules, validation.
 * Pure: the cluster is consulted only through the AdmissionContext.
 */
import type { KubeObject } from "../object";
import { applyDefaults } from "./defaults/apply-defaults";
import { locate, objectLabel, toApiError } from "./locate";
import { resolveKind } from "./registry/resolve-kind";
import { VALIDATORS } from "./registry/validators";
import { ALL_RULES } from "./rules/all-rules";
import { appliesTo, type RuleEnvironment, type RuleFinding } from "./rules/rule";
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
  if (!resolution.ok) {
    return { ok: false, errors: [{ file: doc.file, ...locate(doc, "kind"), object: label, path: "", message: resolution.message }] };
  }
  const validator = VALIDATORS[`${input.apiVersion}/${input.kind}`];
  if (validator) {
    const decodeErrors = validateAgainstSchema(validator, input);
    if (decodeErrors.length > 0) return fail(doc, label, decodeErrors);
  }

  const object: KubeObject = structuredClone(input);
  const { served } = resolution;
  if (served.namespaced) {
    const namespace = object.metadata.namespace || "default";
    object.metadata.namespace = namespace;
    if (!ctx.namespaceExists(namespace)) {
      return fail(doc, label, [{ path: "metadata.namespace", message: `namespaces "${namespace}" not found. Create the Namespace first (kubectl create namespace ${namespace}, or put a "kind: Namespace" object named ${namespace} before this one in the same apply).` }]);
    }
  } else {
    delete object.metadata.namespace;
  }

  const env: RuleEnvironment = { serviceIPFamilies: ctx.serviceIPFamilies ?? ["IPv4"] };
  applyDefaults(object, { serviceIPFamilies: env.serviceIPFamilies });

  const findings: RuleFinding[] = [];
  for (const rule of ALL_RULES) if (appliesTo(rule, object.kind)) findings.push(...rule.check(object, env));
  if (findings.length > 0) return fail(doc, label, findings);

  const name = object.metadata.name;
  const previous = name ? ctx.existing(object.apiVersion, object.kind, object.metadata.namespace, name) : undefined;
  if (previous) {
    const updateFindings = applyUpdateRules(object, previous);
    if (updateFindings.length > 0) return fail(doc, label, updateFindings);
  }
  return { ok: true, object };
}
