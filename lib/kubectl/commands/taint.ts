/** `kubectl taint nodes NODE key[=value]:Effect … [key:Effect-] [key-] [--overwrite]` */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { resourceOrThrow, settle } from "../kubectl/objects";
import { editable, writeBack } from "../kubectl/patch";

interface Taint { key: string; value?: string; effect: string; timeAdded?: string }
const EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"];

export const command: KubectlCommand = {
  path: "taint",
  short: "Update the taints on one or more nodes",
  usage: "kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]",
  flags: [{ name: "overwrite", type: "bool" }, { name: "all", type: "bool" }],
  run: (inv) => {
    const [typed = "", ...rest] = inv.args;
    if (!typed) throw new KubectlError("error: at least one taint update is required\nSee 'kubectl taint -h' for help and examples");
    const slash = typed.includes("/");
    const resource = resourceOrThrow(slash ? typed.slice(0, typed.indexOf("/")) : typed);
    if (resource.kind !== "Node") throw new KubectlError(`error: invalid resource type ${typed}, only node types are supported`);
    const names = slash ? [typed.slice(typed.indexOf("/") + 1)] : rest.filter((a) => !a.includes(":") && !a.includes("=") && !a.endsWith("-")).slice(0, 1);
    const specs = rest.filter((a) => !names.includes(a));
    if (specs.length === 0) throw new KubectlError("error: at least one taint update is required\nSee 'kubectl taint -h' for help and examples");
    let out = "";
    const nodes = inv.flags.bool("all") ? inv.cluster.list("Node").map((n) => n.metadata.name ?? "") : names;
    for (const name of nodes) {
      const stored = inv.cluster.get("Node", undefined, name);
      if (!stored) throw new KubectlError(`Error from server (NotFound): nodes "${name}" not found`);
      const node = editable(stored);
      const spec = (node.spec ?? {}) as { taints?: Taint[] };
      let taints = [...(spec.taints ?? [])];
      let removedOnly = true;
      for (const s of specs) {
        if (s.endsWith("-")) {
          const body = s.slice(0, -1);
          const [keyPart = "", effect] = body.split(":");
          const key = keyPart.split("=")[0] ?? "";
          const before = taints.length;
          taints = taints.filter((t) => !(t.key === key && (effect === undefined || t.effect === effect)));
          if (taints.length === before) throw new KubectlError(`error: taint "${body}" not found`);
          continue;
        }
        removedOnly = false;
        const m = /^([^=:]+)(?:=([^:]*))?:(.*)$/.exec(s);
        if (!m) throw new KubectlError(`error: invalid taint spec: ${s}, unknown taint spec: ${s}`);
        const [, key = "", value, effect = ""] = m;
        if (!EFFECTS.includes(effect)) throw new KubectlError(`error: invalid taint effect: ${effect}, unsupported taint effect`);
        const existing = taints.findIndex((t) => t.key === key && t.effect === effect);
        if (existing >= 0 && !inv.flags.bool("overwrite")) throw new KubectlError(`error: node ${name} already has ${key} taint(s) with same effect(s) and --overwrite is false`);
        const taint: Taint = { effect, key, ...(value !== undefined && value !== "" ? { value } : {}), ...(effect === "NoExecute" ? { timeAdded: inv.cluster.iso() } : {}) };
        if (existing >= 0) taints[existing] = taint;
        else taints.push(taint);
      }
      if (taints.length > 0) spec.taints = taints;
      else delete spec.taints;
      node.spec = spec;
      writeBack(inv, node);
      out += `node/${name} ${removedOnly ? "untainted" : "tainted"}\n`;
    }
    settle(inv.cluster);
    return { stdout: out, stderr: "", code: 0 };
  },
};
