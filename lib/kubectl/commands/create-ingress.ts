/** `kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]] [--class=CLASS] [--default-backend=svc:port]` */
import type { KubeObject } from "../../cluster";
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { printOrCreate, requireName } from "../kubectl/create-object";
import { DRY_RUN_FLAGS, OUTPUT_FLAGS } from "./shared-flags";

const backendOf = (text: string): Record<string, unknown> => {
  const [service = "", port = ""] = text.split(":");
  return { service: { name: service, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
};

export const command: KubectlCommand = {
  path: "create ingress",
  aliases: ["ing"],
  short: "Create an ingress with the specified name",
  usage: "kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]",
  flags: [...OUTPUT_FLAGS, ...DRY_RUN_FLAGS, { name: "rule", type: "strings" }, { name: "class", type: "string" }, { name: "default-backend", type: "string" }, { name: "annotation", type: "strings" }],
  run: (inv) => {
    const name = requireName(inv);
    const rules = new Map<string, Record<string, unknown>[]>();
    const tls: { hosts: string[]; secretName?: string }[] = [];
    for (const rule of inv.flags.strings("rule")) {
      const m = /^([^/=]*)(\/[^=]*)?=([^:,]+:[^,]+)(,tls(=(.+))?)?$/.exec(rule);
      if (!m) throw new KubectlError(`error: rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`);
      const [, host = "", path = "/", backend = "", withTls, , secret] = m;
      const exact = !path.endsWith("*");
      rules.set(host, [...(rules.get(host) ?? []), { backend: backendOf(backend), path: exact ? path : path.slice(0, -1), pathType: exact ? "Exact" : "Prefix" }]);
      if (withTls) tls.push({ hosts: host ? [host] : [], ...(secret ? { secretName: secret } : {}) });
    }
    if (rules.size === 0 && !inv.flags.has("default-backend")) throw new KubectlError("error: not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)");
    const annotations = Object.fromEntries(inv.flags.strings("annotation").map((a) => [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]));
    const ingress: KubeObject = {
      apiVersion: "networking.k8s.io/v1",
      kind: "Ingress",
      metadata: { ...(Object.keys(annotations).length > 0 ? { annotations } : {}), creationTimestamp: null, name } as unknown as KubeObject["metadata"],
      spec: {
        ...(inv.flags.has("default-backend") ? { defaultBackend: backendOf(inv.flags.string("default-backend")) } : {}),
        ...(inv.flags.has("class") ? { ingressClassName: inv.flags.string("class") } : {}),
        ...(rules.size > 0 ? { rules: [...rules].map(([host, paths]) => ({ ...(host ? { host } : {}), http: { paths } })) } : {}),
        ...(tls.length > 0 ? { tls } : {}),
      },
      status: { loadBalancer: {} },
    };
    return printOrCreate(inv, ingress, "ingress");
  },
};
