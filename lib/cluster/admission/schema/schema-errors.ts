/**
 * Maps Ajv errors from the OpenAPI validators to the API server's wording:
 * `spec.replicas: Invalid value: "three": spec.replicas in body must be of type integer: "string"`.
 */
import { formatPath, type PathSegment } from "../path";
import type { AjvError } from "../registry/validators";
import type { Tracker } from "./tracking-proxy";
import type { SchemaFinding } from "./unknown-fields";

const QUANTITY_REGEX = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

export function showValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "object" && value !== null) {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}...` : json;
  }
  return String(value);
}

/** How to fill in the required fields learners most often leave out (keyed by field name). */
const REQUIRED_HINTS: Readonly<Record<string, string>> = {
  pathType: ": pathType must be specified. Add pathType: Prefix (matches /api and everything under /api/) or Exact (matches only /api)",
  selector: ". Add selector.matchLabels with the same labels as the pod template's metadata.labels",
  template: ". Add a pod template: template.metadata.labels and template.spec.containers",
  containers: ". Add at least one container with a name and an image",
  name: ". Give it a name",
  containerPort: ". Add containerPort: the port number the container listens on",
  port: ". Add the port number",
  topologyKey: ". Say which nodes count as one place, e.g. topologyKey: kubernetes.io/hostname",
  scaleTargetRef: ". Name the workload to scale: scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}",
  maxReplicas: ". Set the most replicas the autoscaler may create",
  roleRef: ". Name the Role or ClusterRole this binding grants",
  key: ". Name the key to read",
};

/** YAML 1.1 reads yes/no/on/off as booleans and 1.0 as a number: the usual cause of "must be of type string". */
function typeHint(expected: string, value: unknown): string {
  if ((expected === "integer" || expected === "number") && typeof value === "string" && /^\s*-?[0-9]+(\.[0-9]+)?\s*$/.test(value)) {
    return `. Remove the quotes: "${value}" in quotes is text in YAML; write ${value.trim()} to give a number`;
  }
  if (expected !== "string") return "";
  if (typeof value === "boolean") return ". YAML reads unquoted yes, no, on, off, true and false as booleans: put the value in quotes to keep it text";
  if (typeof value === "number") return `. Quote the value to keep it text, e.g. "${String(value)}"`;
  return "";
}

/** Resolves an Ajv instancePath against the document, telling list indexes and map keys from fields. */
function resolvePointer(document: unknown, pointer: string, tracker: Tracker): { segments: PathSegment[]; value: unknown } {
  const segments: PathSegment[] = [];
  let value: unknown = document;
  if (pointer === "") return { segments, value };
  for (const raw of pointer.slice(1).split("/")) {
    const name = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(value)) {
      const i = Number(name);
      segments.push({ index: i });
      value = value[i];
    } else if (value !== null && typeof value === "object") {
      const map = tracker.recordOf(value)?.enumerated === true;
      segments.push(map ? { key: name } : { field: name });
      value = Reflect.get(value, name);
    } else {
      segments.push({ field: name });
      value = undefined;
    }
  }
  return { segments, value };
}

function describe(error: AjvError, path: string, value: unknown, siblings: readonly AjvError[]): string | undefined {
  const shown = showValue(value);
  switch (error.keyword) {
    case "required": {
      const missing = String(error.params.missingProperty);
      const field = path === "" ? missing : `${path}.${missing}`;
      return `${field}: Required value${REQUIRED_HINTS[missing] ?? ""}`;
    }
    case "type": {
      if (siblings.some((e) => e.keyword === "oneOf")) return undefined; // worded once by the oneOf case
      const expected = String(error.params.type);
      return `${path}: Invalid value: ${shown}: ${path} in body must be of type ${expected}: "${typeName(value)}"${typeHint(expected, value)}`;
    }
    case "enum": {
      const allowed = Array.isArray(error.params.allowedValues) ? error.params.allowedValues.map((v) => JSON.stringify(v)).join(", ") : "";
      return `${path}: Unsupported value: ${shown}: supported values: ${allowed}`;
    }
    case "format": {
      const format = String(error.params.format);
      if (format === "quantity") return `${path}: Invalid value: ${shown}: quantities must match the regular expression '${QUANTITY_REGEX}' (write e.g. 500m or 0.5 for CPU, 128Mi or 1Gi for memory)`;
      if (format === "byte") return `${path}: Invalid value: ${shown}: illegal base64 data: values under "data" must be base64-encoded (echo -n 'value' | base64); put plain text under "stringData" instead`;
      if (format === "int32") return `${path}: Invalid value: ${shown}: must fit in a 32-bit integer (at most 2147483647)`;
      if (format === "int64") return `${path}: Invalid value: ${shown}: must fit in a 64-bit integer`;
      return `${path}: Invalid value: ${shown}: must be in ${format} format`;
    }
    case "oneOf": {
      const types = siblings.filter((e) => e.keyword === "type").map((e) => String(e.params.type));
      if (typeof value === "string" && siblings.some((e) => e.keyword === "format" && e.params.format === "quantity")) {
        return `${path}: Invalid value: ${shown}: quantities must match the regular expression '${QUANTITY_REGEX}' (write e.g. 500m or 0.5 for CPU, 128Mi or 1Gi for memory)`;
      }
      if (types.includes("integer") && types.includes("string")) return `${path}: Invalid value: ${shown}: must be an integer or a string (a port number like 8080 or a port name like "http")`;
      if (types.includes("number")) return `${path}: Invalid value: ${shown}: must be a quantity such as 500m, 2, 128Mi or 1Gi`;
      return `${path}: Invalid value: ${shown}: does not match any of the allowed forms`;
    }
    default:
      return `${path}: Invalid value: ${shown}: ${error.message ?? error.keyword}`;
  }
}

export function describeSchemaErrors(document: unknown, errors: readonly AjvError[], tracker: Tracker): SchemaFinding[] {
  const byPath = new Map<string, AjvError[]>();
  for (const error of errors) {
    const list = byPath.get(error.instancePath) ?? [];
    list.push(error);
    byPath.set(error.instancePath, list);
  }
  const findings: SchemaFinding[] = [];
  const seen = new Set<string>();
  for (const [pointer, list] of byPath) {
    const { segments, value } = resolvePointer(document, pointer, tracker);
    const path = formatPath(segments);
    for (const error of list) {
      const message = describe(error, path, value, list);
      if (message === undefined || seen.has(message)) continue;
      seen.add(message);
      const missing = error.keyword === "required" ? String(error.params.missingProperty) : "";
      findings.push({ path: missing === "" ? path : path === "" ? missing : `${path}.${missing}`, message });
    }
  }
  return findings;
}
