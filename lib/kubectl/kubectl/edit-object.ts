/**
 * `kubectl edit`'s loop as data: the object printed under kubectl's header in a temporary file;
 * on save, the edit applied as an update (the live object is the one shown: nothing runs while the
 * editor is open), and kubectl's own outcomes — `edited`, `skipped`, `Edit cancelled, no changes
 * made.`, a syntax or API error reopening the file with the reasons at the top, and saving a reopened
 * file unchanged giving up with the copy kept in /tmp (k8s.io/kubectl/pkg/cmd/util/editor).
 */
import { parse } from "yaml";
import type { KubeObject } from "../../cluster";
import { readManifests } from "../../cluster/admission";
import { yamlTooDeep } from "../../yaml/yaml-depth";
import { stripCommentLines, type OpenEditor } from "../shell/editor";
import type { CommandOutput } from "../shell/program";
import type { Invocation } from "./command";
import { forServer } from "./create-object";
import { displayName, settle } from "./objects";
import { qualifiedName, resourceOfKind } from "./resources";

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

interface Reason { readonly head: string; readonly other: readonly string[] }

const hashOnLineBreak = (s: string): string => s.replace(/\n(?!#)/g, "\n# ");

function header(reasons: readonly Reason[]): string {
  return HEADER + reasons.map((r) => `# ${hashOnLineBreak(r.head)}${r.other.length > 0 ? ":" : ""}\n${r.other.map((o) => `# * ${hashOnLineBreak(o)}\n`).join("")}#\n`).join("");
}

/**
 * The content kubectl compares: the YAML's JSON when it parses, else the text without comment lines.
 * YAML nested too deeply for the library to build is compared as text (lib/yaml/yaml-depth.ts: building it
 * could end the process).
 */
function content(text: string): string {
  if (yamlTooDeep(text)) return stripCommentLines(text);
  try {
    return JSON.stringify(parse(text, { version: "1.1" }) ?? null);
  } catch {
    return stripCommentLines(text);
  }
}

/** Whether two texts hold the same content; the same lines apart from comments need no YAML parse. */
function sameContent(a: string, b: string): boolean {
  return stripCommentLines(a) === stripCommentLines(b) || content(a) === content(b);
}

const hasLines = (text: string): boolean => text.split("\n").some((l) => l.trim() !== "" && !l.trim().startsWith("#"));

/**
 * kubectl names its temporary file with random digits (a new one each time it reopens); here they
 * come from the object and the place in the history, one file per edit, so a replay that saves only
 * the last text keeps its copy under the same name.
 */
function tempPath(o: KubeObject, historyLength: number, ext: string): string {
  let h = 0x811c9dc5;
  for (const ch of `${o.metadata.uid ?? o.metadata.name ?? ""}:${historyLength}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return `/tmp/kubectl-edit-${h}.${ext}`;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(forServer(a)) === JSON.stringify(forServer(b));

export function openObjectEditor(inv: Invocation, original: KubeObject, printed: string, ext: "yaml" | "json"): OpenEditor {
  const r = resourceOfKind(original.kind);
  const resourceString = r ? qualifiedName(r) : original.kind.toLowerCase();
  const name = original.metadata.name ?? "";
  const originalText = HEADER + printed;
  // The original as the file reads back, parsed once and only when a save changed the text.
  let originalRead: string | undefined;
  const originalAsRead = (): string => (originalRead ??= JSON.stringify(readManifests([{ file: "original", text: printed }]).documents[0]?.object ?? null));
  const done = (stdout: string, stderr: string, code: number): CommandOutput => ({ stdout, stderr, code });

  const path = tempPath(original, inv.session.history.length, ext);
  const attempt = (shown: string, lastSaved: string | undefined): OpenEditor => {
    const preserved = (error: string, text: string): CommandOutput => {
      inv.session.files.write(path, text);
      return done("", `A copy of your changes has been stored to "${path}"\nerror: ${error}\n`, 1);
    };
    const reopen = (reasons: readonly Reason[], edited: string, stderr: string): CommandOutput => ({
      ...done("", stderr, 1),
      edit: attempt(header(reasons) + stripCommentLines(edited), edited),
    });
    const finish = (saved: string | null): CommandOutput => {
      const edited = saved ?? shown;
      if (lastSaved !== undefined && sameContent(lastSaved, edited)) return preserved("Edit cancelled, no valid changes were saved.", edited);
      if (stripCommentLines(originalText) === stripCommentLines(edited)) return done("", "Edit cancelled, no changes made.\n", 0);
      if (!hasLines(edited)) return done("", "Edit cancelled, saved file was empty.\n", 0);
      const { documents, errors } = readManifests([{ file: path, text: stripCommentLines(edited) }]);
      const syntax = errors[0];
      if (syntax) return reopen([{ head: `The edited file had a syntax error: error converting YAML to JSON: yaml: line ${syntax.line}: ${syntax.message}`, other: [] }], edited, "");
      const object = documents[0]?.object;
      if (object && documents.length === 1 && JSON.stringify(object) === originalAsRead()) return done("", "Edit cancelled, no changes made.\n", 0);
      if (!object || documents.length !== 1) return reopen([{ head: "The edited file must hold exactly the one object opened", other: [] }], edited, "");
      if (object.apiVersion !== original.apiVersion || object.kind !== original.kind || object.metadata.name !== original.metadata.name) {
        return preserved("At least one of apiVersion, kind and name was changed", edited);
      }
      const ns = original.metadata.namespace;
      if (object.metadata.namespace !== undefined && object.metadata.namespace !== ns) {
        return preserved(`the namespace from the provided object "${object.metadata.namespace}" does not match the namespace "${ns ?? ""}". You must pass '--namespace=${object.metadata.namespace}' to perform this operation.`, edited);
      }
      if (same(object, original)) return done(`${displayName(original)} skipped\n`, "", 0);
      const sent = { ...(forServer(object) as KubeObject), metadata: { ...object.metadata, ...(ns ? { namespace: ns } : {}) } };
      const result = inv.cluster.apply([{ file: path, text: JSON.stringify(sent) }]);
      if (result.errors.length > 0) {
        const other = result.errors.map((e) => (e.path && !e.message.startsWith(e.path) ? `${e.path}: ${e.message}` : e.message));
        return reopen([{ head: `${resourceString} "${name}" was not valid`, other }], edited, `error: ${resourceString} "${name}" is invalid\n`);
      }
      settle(inv.cluster);
      return done(`${displayName(original)} edited\n`, "", 0);
    };
    return { request: { path, text: shown, kind: "object" }, finish };
  };
  return attempt(originalText, undefined);
}
