/**
 * Tab completion for the terminal: shell programs and aliases in first position; after `kubectl`,
 * its commands and subcommands, then resource types, then object names of that type (in the
 * current namespace), and flags of the command after `-`. Returns the common prefix to insert and
 * the candidates to list when there are several.
 */
import { ALL_COMMANDS } from "./commands/all";
import { explainDocs } from "./explain/docs";
import { GLOBAL_FLAGS } from "./kubectl/flags";
import { API_RESOURCES, resolveResource } from "./kubectl/resources";
import type { Shell } from "./shell/shell";

export interface Completion {
  /** Text to append to the line. */
  readonly insert: string;
  /** Every candidate, when more than one matches (to print below the line). */
  readonly options: string[];
}

function commonPrefix(words: readonly string[]): string {
  if (words.length === 0) return "";
  let prefix = words[0] ?? "";
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function finish(partial: string, candidates: readonly string[]): Completion {
  const hits = [...new Set(candidates.filter((c) => c.startsWith(partial)))].sort();
  if (hits.length === 0) return { insert: "", options: [] };
  if (hits.length === 1) return { insert: `${(hits[0] ?? "").slice(partial.length)} `, options: [] };
  return { insert: commonPrefix(hits).slice(partial.length), options: hits };
}

/** Commands whose first argument is an object's name rather than a type. */
const NAME_FIRST: Readonly<Record<string, string>> = { logs: "Pod", exec: "Pod", "top pod": "Pod", "top node": "Node" };

/** `pod.sp` → `pod.spec`, `pod.spec.` → its fields: `kubectl explain` paths from the loaded field documentation. */
function fieldPaths(partial: string): string[] {
  const docs = explainDocs();
  const parts = partial.split(".");
  const resource = resolveResource(parts[0] ?? "");
  const entry = resource && docs ? docs.kinds[resource.kind] : undefined;
  let type = entry && docs ? docs.types[entry.t] : undefined;
  for (const name of parts.slice(1, -1)) {
    const field = type?.f.find((f) => f[0] === name);
    const ref = field?.[1].replace(/^(\[\]|map\[string\])+/, "");
    type = ref?.startsWith("#") && docs ? docs.types[ref.slice(1)] : undefined;
  }
  const prefix = parts.slice(0, -1).join(".");
  return (type?.f ?? []).map((f) => `${prefix}.${f[0]}`);
}

export function complete(shell: Shell, line: string, programs: readonly string[]): Completion {
  const segment = line.split(/\|\||&&|[|;]/).pop() ?? "";
  const words = segment.trimStart().split(/\s+/);
  const partial = words.pop() ?? "";
  const session = shell.session;
  if (words.length === 0) return finish(partial, [...programs, ...session.aliases.keys()]);
  const first = session.aliases.get(words[0] ?? "") ?? words[0];
  if (first !== "kubectl") return finish(partial, session.files.list("."));
  const args = words.slice(1).filter((w) => !w.startsWith("-"));
  const paths = ALL_COMMANDS.map((c) => c.path.split(" "));
  const depth = paths.filter((p) => p.slice(0, args.length).join(" ") === args.join(" ") && p.length > args.length);
  if (depth.length > 0 && !partial.startsWith("-")) return finish(partial, depth.map((p) => p[args.length] ?? ""));
  const command = ALL_COMMANDS.filter((c) => args.join(" ").startsWith(c.path)).sort((a, b) => b.path.length - a.path.length)[0];
  if (partial.startsWith("-")) return finish(partial, [...(command?.flags ?? []), ...GLOBAL_FLAGS].map((f) => `--${f.name}`));
  const rest = command ? args.slice(command.path.split(" ").length) : [];
  const named = command ? NAME_FIRST[command.path] : undefined;
  if (named && rest.length === 0 && !partial.includes("/")) {
    return finish(partial, session.cluster.list(named, named === "Node" ? undefined : session.namespace).map((o) => o.metadata.name ?? ""));
  }
  if (command?.path === "explain" && partial.includes(".")) return finish(partial, fieldPaths(partial));
  if (rest.length === 0 && !partial.includes("/")) return finish(partial, API_RESOURCES.flatMap((r) => [r.name, ...r.shortNames]));
  const typed = partial.includes("/") ? partial.slice(0, partial.indexOf("/")) : rest[0] ?? "";
  const resource = resolveResource(typed);
  if (!resource) return { insert: "", options: [] };
  const names = session.cluster.list(resource.kind, resource.namespaced ? session.namespace : undefined).map((o) => o.metadata.name ?? "");
  return finish(partial, partial.includes("/") ? names.map((n) => `${typed}/${n}`) : names);
}
