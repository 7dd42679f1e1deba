/** `kubectl config set-context --current --namespace=NS`, `view --minify`, `get-contexts`, `current-context`. */
import type { KubectlCommand } from "../kubectl/command";
import { KubectlError } from "../kubectl/command";
import { formatTable } from "../printers/table";

const CONTEXT = "kubedeck";

export const command: KubectlCommand = {
  path: "config",
  short: "Modify kubeconfig files",
  usage: "kubectl config SUBCOMMAND [options]",
  flags: [{ name: "current", type: "bool" }, { name: "minify", type: "bool" }, { name: "output", short: "o", type: "string" }, { name: "cluster", type: "string" }, { name: "user", type: "string" }],
  run: (inv) => {
    const [sub = "", arg] = inv.args;
    const ns = inv.session.namespace;
    switch (sub) {
      case "set-context": {
        if (!inv.flags.bool("current") && arg !== CONTEXT) throw new KubectlError(arg ? `error: this simulated kubeconfig has one context, "${CONTEXT}"; use --current` : "error: you must specify a non-empty context name or --current");
        if (inv.flags.has("namespace")) inv.session.namespace = inv.flags.string("namespace");
        return { stdout: `Context "${CONTEXT}" modified.\n`, stderr: "", code: 0 };
      }
      case "current-context": return { stdout: `${CONTEXT}\n`, stderr: "", code: 0 };
      case "get-contexts": return { stdout: formatTable([["CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"], ["*", CONTEXT, CONTEXT, "kubernetes-admin", ns === "default" ? "" : ns]]), stderr: "", code: 0 };
      case "use-context": {
        if (arg !== CONTEXT) throw new KubectlError(`error: no context exists with the name: "${arg ?? ""}"`);
        return { stdout: `Switched to context "${CONTEXT}".\n`, stderr: "", code: 0 };
      }
      case "view":
        return {
          stdout: `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: DATA+OMITTED\n    server: https://10.0.0.10:6443\n  name: ${CONTEXT}\ncontexts:\n- context:\n    cluster: ${CONTEXT}\n${ns === "default" ? "" : `    namespace: ${ns}\n`}    user: kubernetes-admin\n  name: ${CONTEXT}\ncurrent-context: ${CONTEXT}\nkind: Config\npreferences: {}\nusers:\n- name: kubernetes-admin\n  user:\n    client-certificate-data: DATA+OMITTED\n    client-key-data: DATA+OMITTED\n`,
          stderr: "", code: 0,
        };
      default:
        throw new KubectlError(sub ? `error: unknown command "${sub}" for "kubectl config"` : "error: specify a subcommand: set-context --current --namespace=NS, current-context, get-contexts, use-context, view");
    }
  },
};
