/** `kubectl set env TYPE/NAME KEY=VALUE … [KEY-] [--from=configmap/NAME|secret/NAME] [-c CONTAINER] [--list]` */
import { KubectlError, type KubectlCommand } from "../kubectl/command";
import { displayName, dryRunOf, dryRunSuffix, selectObjects } from "../kubectl/objects";
import { editable, podSpecOf, writeBack } from "../kubectl/patch";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

type Env = { name: string; value?: string; valueFrom?: unknown };

export const command: KubectlCommand = {
  path: "set env",
  short: "Update environment variables on a pod template",
  usage: "kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "container", short: "c", type: "string", default: "*" }, { name: "from", type: "string" }, { name: "list", type: "bool" }, { name: "env", short: "e", type: "strings" }, { name: "overwrite", type: "bool", default: true }],
  run: (inv) => {
    const changes = [...inv.args.filter((a) => a.includes("=") || a.endsWith("-")), ...inv.flags.strings("env")];
    if (inv.args.filter((a) => !a.includes("=") && !a.endsWith("-")).length === 0) throw new KubectlError("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set env -h' for help and examples");
    let out = "";
    for (const stored of selectObjects(inv, inv.args.filter((a) => !a.includes("=") && !a.endsWith("-")))) {
      const o = editable(stored);
      const name = o.metadata.name ?? "";
      const containers = ((podSpecOf(o)?.containers as { name: string; env?: Env[]; envFrom?: unknown[] }[] | undefined) ?? []).filter((c) => inv.flags.string("container") === "*" || c.name === inv.flags.string("container"));
      if (inv.flags.bool("list")) {
        for (const c of containers) {
          out += `# ${o.kind} ${name}, container ${c.name}\n`;
          for (const e of c.env ?? []) out += e.value !== undefined ? `${e.name}=${e.value}\n` : `# ${e.name} from a reference\n`;
        }
        continue;
      }
      if (changes.length === 0 && !inv.flags.has("from")) throw new KubectlError("error: at least one environment variable must be provided");
      for (const c of containers) {
        let env = [...(c.env ?? [])];
        for (const ch of changes) {
          if (!ch.includes("=") && ch.endsWith("-")) { env = env.filter((e) => e.name !== ch.slice(0, -1)); continue; }
          const key = ch.slice(0, ch.indexOf("="));
          const value = ch.slice(ch.indexOf("=") + 1);
          const i = env.findIndex((e) => e.name === key);
          if (i >= 0) env[i] = { name: key, value };
          else env.push({ name: key, value });
        }
        if (inv.flags.has("from")) {
          const [kind = "", ref = ""] = inv.flags.string("from").split("/");
          const isSecret = kind.startsWith("secret");
          c.envFrom = [...(c.envFrom ?? []), isSecret ? { secretRef: { name: ref } } : { configMapRef: { name: ref } }];
        }
        if (env.length > 0) c.env = env;
        else delete c.env;
      }
      const dryRun = dryRunOf(inv);
      if (dryRun === "none") writeBack(inv, o);
      out += `${displayName(o)} env updated${dryRunSuffix(dryRun)}\n`;
    }
    return { stdout: out, stderr: "", code: 0 };
  },
};
