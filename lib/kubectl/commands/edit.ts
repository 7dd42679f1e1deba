/** `kubectl edit TYPE NAME | TYPE/NAME [-o yaml|json]`: opens the editor on the live object (see ../kubectl/edit-object). */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { openObjectEditor } from "../kubectl/edit-object";
import { clockOf, getOrThrow, namespaceOf, parseTargets } from "../kubectl/objects";
import { printObjects } from "../printers/output";

const NO_RESOURCES = "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export const command: KubectlCommand = {
  path: "edit",
  short: "Edit a resource on the server",
  usage: "kubectl edit (RESOURCE/NAME | -f FILENAME) [options]",
  flags: [
    { name: "output", short: "o", type: "string", default: "yaml" },
    { name: "filename", short: "f", type: "strings" },
    { name: "selector", short: "l", type: "string" },
    { name: "save-config", type: "bool", ignored: true },
    { name: "validate", type: "string", ignored: true },
    { name: "windows-line-endings", type: "bool", ignored: true },
    { name: "output-patch", type: "bool", ignored: true },
    { name: "record", type: "bool", ignored: true },
    { name: "show-managed-fields", type: "bool", ignored: true },
    { name: "field-manager", type: "string", ignored: true },
  ],
  run: (inv) => {
    if (inv.flags.has("filename")) throw new KubectlError("error: kubectl edit -f is not supported by this simulated terminal: name the object instead (`kubectl edit TYPE NAME`)");
    const output = inv.flags.string("output");
    if (output !== "yaml" && output !== "json") throw new KubectlError(`error: the flag 'output' must be one of yaml|json`);
    if (inv.args.length === 0) throw new KubectlError(NO_RESOURCES);
    const objects = parseTargets(inv.args).flatMap(({ resource, names }) => {
      const ns = namespaceOf(inv, resource);
      if (names.length === 0) return inv.cluster.list(resource.kind, ns);
      return names.map((name) => getOrThrow(inv, resource, name));
    });
    const [object] = objects;
    if (!object) throw new KubectlError("error: edit cancelled, no objects found");
    if (objects.length > 1) throw new KubectlError(`error: this simulated terminal edits one object at a time; name it: kubectl edit ${inv.args[0] ?? "TYPE"} NAME`);
    const printed = printObjects([object], { output, clock: clockOf(inv.cluster), single: true });
    return { stdout: "", stderr: "", code: 0, edit: openObjectEditor(inv, object, printed, output) };
  },
};
