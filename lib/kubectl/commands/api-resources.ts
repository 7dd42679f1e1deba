/** `kubectl api-resources [--namespaced=true|false] [-o name|wide]` */
import type { KubectlCommand } from "../kubectl/command";
import { API_RESOURCES, qualifiedName } from "../kubectl/resources";
import { formatTable } from "../printers/table";

export const command: KubectlCommand = {
  path: "api-resources",
  short: "Print the supported API resources on the server",
  usage: "kubectl api-resources [flags] [options]",
  flags: [{ name: "namespaced", type: "bool", default: true }, { name: "output", short: "o", type: "string" }, { name: "api-group", type: "string" }, { name: "no-headers", type: "bool" }],
  run: (inv) => {
    let list = [...API_RESOURCES];
    if (inv.flags.has("namespaced")) list = list.filter((r) => r.namespaced === inv.flags.bool("namespaced"));
    if (inv.flags.has("api-group")) list = list.filter((r) => (r.apiVersion.includes("/") ? r.apiVersion.split("/")[0] : "") === inv.flags.string("api-group"));
    if (inv.flags.string("output") === "name") return { stdout: list.map((r) => `${qualifiedName(r)}\n`).join(""), stderr: "", code: 0 };
    const rows = list.map((r) => [r.name, r.shortNames.join(","), r.apiVersion, String(r.namespaced), r.kind]);
    return { stdout: formatTable(inv.flags.bool("no-headers") ? rows : [["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"], ...rows]), stderr: "", code: 0 };
  },
};
