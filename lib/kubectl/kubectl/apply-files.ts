/**
 * `kubectl apply|create|replace -f`: each document in order, namespaced from -n or the context,
 * written through admission; one line per object (`created`, `configured`, `unchanged`, `replaced`)
 * and the API server's errors, as kubectl prints them.
 */
import type { KubeObject } from "../../cluster";
import { readManifests } from "../../cluster/admission";
import { printObjects } from "../printers/output";
import { sortKeys } from "../printers/serialize";
import type { CommandOutput } from "../shell/program";
import { KubectlError, type Invocation } from "./command";
import { forServer } from "./create-object";
import { manifestSources } from "./manifest-files";
import { clockOf, displayName, dryRunOf, dryRunSuffix, formatApiErrors, settle } from "./objects";
import { kindPrefix, qualifiedName, resourceOfKind } from "./resources";

export type ApplyMode = "apply" | "create" | "replace";

const VERB: Record<ApplyMode, "applying" | "creating" | "replacing"> = { apply: "applying", create: "creating", replace: "replacing" };

const LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";

/** `kubectl apply` records what was declared in an annotation (compact JSON, sorted keys, trailing newline). */
function withLastApplied(object: KubeObject): KubeObject {
  const { [LAST_APPLIED]: _previous, ...annotations } = object.metadata.annotations ?? {};
  void _previous;
  const declared = { ...object, metadata: { ...object.metadata, annotations } };
  return { ...object, metadata: { ...object.metadata, annotations: { ...annotations, [LAST_APPLIED]: `${JSON.stringify(sortKeys(declared))}\n` } } };
}

function withoutResourceVersion(object: KubeObject): KubeObject {
  const { resourceVersion: _dropped, ...metadata } = object.metadata;
  void _dropped;
  return { ...object, metadata };
}

export function applyFiles(inv: Invocation, mode: ApplyMode): CommandOutput {
  const { documents, errors: readErrors } = readManifests(manifestSources(inv));
  const errors: string[] = readErrors.map((e) => `error: error parsing ${e.file}: error converting YAML to JSON: yaml: line ${e.line}: ${e.message}`);
  let out = "";
  const dryRun = dryRunOf(inv);
  const output = inv.flags.string("output");
  const printed: KubeObject[] = [];
  const warnings: string[] = [];
  if (documents.length === 0 && errors.length === 0) throw new KubectlError("error: no objects passed to " + mode);
  for (const doc of documents) {
    const raw = forServer(doc.object) as KubeObject;
    const r = resourceOfKind(raw.kind);
    const namespaced = r?.namespaced ?? true;
    const declared = raw.metadata.namespace;
    if (namespaced && declared && inv.flags.has("namespace") && declared !== inv.namespace) {
      errors.push(`error: the namespace from the provided object "${declared}" does not match the namespace "${inv.namespace}". You must pass '--namespace=${declared}' to perform this operation.`);
      continue;
    }
    const ns = namespaced ? declared ?? inv.namespace : undefined;
    let object: KubeObject = { ...raw, metadata: { ...raw.metadata, ...(ns ? { namespace: ns } : {}) } };
    if (mode === "apply") object = withLastApplied(object);
    const name = object.metadata.name ?? "";
    const before = inv.cluster.get(object.kind, ns, name);
    const label = r ? `${qualifiedName(r)} "${name}"` : `${object.kind} "${name}"`;
    if (mode === "create" && before) { errors.push(`Error from server (AlreadyExists): error when creating "${doc.file}": ${label} already exists`); continue; }
    if (mode === "apply" && before && before.metadata.annotations?.[LAST_APPLIED] === undefined && dryRun === "none") {
      warnings.push(`Warning: resource ${r?.name ?? object.kind.toLowerCase()}/${name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`);
    }
    if (mode === "replace" && !before) { errors.push(`Error from server (NotFound): error when replacing "${doc.file}": ${label} not found`); continue; }
    if (dryRun === "client") {
      printed.push(object);
      out += `${displayName(object)} ${mode === "replace" ? "replaced" : before && mode === "apply" ? "configured" : "created"}${dryRunSuffix(dryRun)}\n`;
      continue;
    }
    // `replace --force` deletes the object (waiting for it to go) and creates it again: the way to change a pod's immutable fields.
    const forced = mode === "replace" && inv.flags.bool("force") && dryRun === "none";
    if (forced) {
      inv.cluster.delete(object.kind, ns, name, inv.flags.int("grace-period") === 0);
      settle(inv.cluster);
      out += `${label.replace(/^(\S+) /, (_m, res: string) => `${r ? kindPrefix(r) : res} `)} deleted\n`;
    }
    // kubectl's create request clears resourceVersion (resource.Helper.Create with modify), so `get -o yaml` output can be created again.
    if (!before || forced) object = withoutResourceVersion(object);
    const probe = dryRun === "server" ? inv.cluster.snapshot() : undefined;
    const result = inv.cluster.apply([{ file: doc.file, text: JSON.stringify(object) }]);
    const stored = result.accepted[0];
    if (probe) inv.cluster.restore(probe);
    if (result.errors.length > 0 || !stored) {
      errors.push(...formatApiErrors(result.errors.map((e) => ({ ...e, file: doc.file })), VERB[mode]));
      continue;
    }
    printed.push(stored);
    const word = mode === "replace" ? "replaced" : mode === "create" || !before ? "created" : stored === before ? "unchanged" : "configured";
    out += `${r ? kindPrefix(r) : object.kind.toLowerCase()}/${name} ${word}${dryRunSuffix(dryRun)}\n`;
  }
  if (dryRun === "none") settle(inv.cluster);
  const stdout = output && printed.length > 0 ? printObjects(printed, { output, clock: clockOf(inv.cluster), single: printed.length === 1 }) : out;
  return { stdout, stderr: [...warnings, ...errors].map((e) => `${e}\n`).join(""), code: errors.length > 0 ? 1 : 0, stderrFirst: warnings.length > 0 };
}
