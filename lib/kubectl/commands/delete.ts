/** `kubectl delete (TYPE NAME… | TYPE/NAME… | -f FILE | -l SELECTOR | --all) [--force --grace-period=0]` */
import type { KubeObject } from "../../cluster";
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { readManifestArgs } from "../kubectl/manifest-files";
import { notFound, parseTargets, resourceOrThrow, settle } from "../kubectl/objects";
import { resourceOfKind, kindPrefix } from "../kubectl/resources";
import { parseSelector } from "../kubectl/selector";

const FORCE_WARNING = "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n";

export const command: KubectlCommand = {
  path: "delete",
  short: "Delete resources by file names, stdin, resources and names, or by resources and label selector",
  usage: "kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]",
  flags: [
    { name: "filename", short: "f", type: "strings" }, { name: "selector", short: "l", type: "string" }, { name: "all", type: "bool" },
    { name: "force", type: "bool" }, { name: "grace-period", type: "int", default: -1 }, { name: "now", type: "bool" },
    { name: "wait", type: "bool", default: true }, { name: "ignore-not-found", type: "bool" }, { name: "dry-run", type: "string", noOptDefault: "unchanged" },
  ],
  run: (inv) => {
    const items: { kind: string; namespace: string | undefined; name: string; typed: string }[] = [];
    const errors: string[] = [];
    if (inv.flags.has("filename")) {
      for (const o of readManifestArgs(inv)) {
        const r = resourceOfKind(o.kind);
        items.push({ kind: o.kind, namespace: r?.namespaced === false ? undefined : o.metadata.namespace ?? inv.namespace, name: o.metadata.name ?? "", typed: r?.name ?? o.kind.toLowerCase() });
      }
    } else {
      if (inv.args.length === 0) throw new KubectlError("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'");
      const selector = inv.flags.has("selector") ? parseSelector(inv.flags.string("selector")) : undefined;
      for (const { resource, names } of parseTargets(inv.args)) {
        const ns = resource.namespaced ? inv.namespace : undefined;
        if (names.length === 0) {
          if (!selector && !inv.flags.bool("all")) throw new KubectlError("error: resource(s) were provided, but no name was specified");
          const found = inv.cluster.list(resource.kind, ns).filter((o: KubeObject) => !selector || selector(o.metadata.labels));
          for (const o of found) items.push({ kind: o.kind, namespace: ns, name: o.metadata.name ?? "", typed: resource.name });
          if (found.length === 0) errors.push(`No resources found${ns ? ` in ${ns} namespace` : ""}.`);
        }
        for (const name of names) items.push({ kind: resource.kind, namespace: ns, name, typed: resource.name });
      }
    }
    const force = inv.flags.bool("force") && inv.flags.int("grace-period") <= 0;
    let out = "";
    let warning = "";
    let failed = false;
    for (const item of items) {
      const r = resourceOrThrow(item.typed);
      if (!inv.cluster.get(item.kind, item.namespace, item.name)) {
        if (!inv.flags.bool("ignore-not-found")) { errors.push(notFound(r, item.name).text); failed = true; }
        continue;
      }
      const dryRun = inv.flags.string("dry-run");
      if (dryRun === "client" || dryRun === "server") {
        out += `${kindPrefix(r)} "${item.name}" deleted (${dryRun === "server" ? "server " : ""}dry run)\n`;
        continue;
      }
      if (force) warning = FORCE_WARNING;
      inv.cluster.delete(item.kind, item.namespace, item.name, force || inv.flags.int("grace-period") === 0);
      out += `${kindPrefix(r)} "${item.name}" ${force ? "force deleted" : "deleted"}\n`;
    }
    settle(inv.cluster);
    return { stdout: out, stderr: warning + errors.map((e) => `${e}\n`).join(""), code: failed ? 1 : 0, stderrFirst: warning !== "" };
  },
};
