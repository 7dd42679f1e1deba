/**
 * The commands `kubectl exec` can run inside a simulated container: env/printenv, cat, nslookup,
 * wget and curl (through the engine's DNS, Service routing and NetworkPolicy), hostname. Outputs
 * follow busybox and curl; a failing command ends with kubectl's "command terminated" line.
 */
import type { Cluster, KubeObject } from "../../cluster";
import { resolveDns, simulateRequest } from "../../cluster/network";
import type { ServedRequest } from "../logs/log-context";
import type { CommandOutput } from "../shell/program";

const DNS_SERVER = "10.96.0.10";

function terminated(stdout: string, stderr: string, code: number): CommandOutput {
  return { stdout, stderr: `${stderr}command terminated with exit code ${code}\n`, code };
}

function env(cluster: Cluster, pod: KubeObject, container: string, args: readonly string[]): CommandOutput {
  const ns = pod.metadata.namespace ?? "default";
  const vars = cluster.env(ns, pod.metadata.name ?? "", container) ?? [];
  const kube = cluster.get("Service", "default", "kubernetes");
  const ip = String((kube?.spec as { clusterIP?: string } | undefined)?.clusterIP ?? "10.96.0.1");
  const all: [string, string][] = [
    ["PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],
    ["HOSTNAME", pod.metadata.name ?? ""],
    ...vars.map((v): [string, string] => [v.name, v.value]),
    ["KUBERNETES_SERVICE_HOST", ip], ["KUBERNETES_SERVICE_PORT", "443"], ["KUBERNETES_SERVICE_PORT_HTTPS", "443"],
    ["KUBERNETES_PORT", `tcp://${ip}:443`], ["KUBERNETES_PORT_443_TCP", `tcp://${ip}:443`], ["KUBERNETES_PORT_443_TCP_PROTO", "tcp"],
    ["KUBERNETES_PORT_443_TCP_PORT", "443"], ["KUBERNETES_PORT_443_TCP_ADDR", ip], ["HOME", "/root"],
  ];
  const wanted = args[0];
  if (wanted !== undefined) {
    const hit = all.find(([k]) => k === wanted);
    return hit ? { stdout: `${hit[1]}\n`, stderr: "", code: 0 } : terminated("", "", 1);
  }
  return { stdout: all.map(([k, v]) => `${k}=${v}\n`).join(""), stderr: "", code: 0 };
}

function cat(cluster: Cluster, pod: KubeObject, container: string, files: readonly string[]): CommandOutput {
  let out = "", err = "";
  for (const f of files) {
    const text = cluster.readFile(pod.metadata.namespace ?? "default", pod.metadata.name ?? "", f, container);
    if (text === undefined) err += `cat: ${f}: No such file or directory\n`;
    else out += text;
  }
  return err ? terminated(out, err, 1) : { stdout: out, stderr: "", code: 0 };
}

function nslookup(cluster: Cluster, pod: KubeObject, name: string | undefined): CommandOutput {
  if (!name) return terminated("", "Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n", 1);
  const answer = resolveDns(name, pod.metadata.namespace ?? "default", cluster.objects());
  const head = `Server:\t\t${DNS_SERVER}\nAddress:\t${DNS_SERVER}:53\n\n`;
  if (answer.type === "NXDOMAIN") return terminated(head, `** server can't find ${name}: NXDOMAIN\n\n`, 1);
  if (answer.type === "CNAME") return { stdout: `${head}${name}\tcanonical name = ${answer.cname ?? ""}\n\n`, stderr: "", code: 0 };
  return { stdout: `${head}${answer.addresses.map((a) => `Name:\t${answer.fqdn ?? name}\nAddress: ${a}\n`).join("")}\n`, stderr: "", code: 0 };
}

// Options whose value is the next word (`wget -T 2 -O - URL`, `curl -m 5 -H 'X: y' URL`).
const VALUE_OPTIONS = { wget: ["-O", "-o", "-T", "-U", "-Y", "-P", "-t", "--header", "--timeout", "--user-agent", "--output-document"], curl: ["-o", "-m", "-H", "-X", "-d", "-A", "-u", "-w", "-e", "--max-time", "--connect-timeout", "--header", "--request", "--data", "--output"] };

function urlArg(tool: "wget" | "curl", args: readonly string[]): string {
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? "";
    if (VALUE_OPTIONS[tool].includes(a)) i += 1;
    else if (!a.startsWith("-")) return a;
  }
  return "";
}

function fetch(cluster: Cluster, pod: KubeObject, tool: "wget" | "curl", args: readonly string[], record?: (served: ServedRequest) => void): CommandOutput {
  const url = urlArg(tool, args);
  if (!url) return terminated("", tool === "wget" ? "BusyBox wget: missing URL\n" : "curl: try 'curl --help' for more information\n", tool === "wget" ? 1 : 2);
  const full = /^[a-z]+:\/\//.test(url) ? url : `http://${url}`;
  const host = full.replace(/^[a-z]+:\/\//, "").split(/[/:]/)[0] ?? "";
  const result = simulateRequest(cluster.objects(), { from: { kind: "pod", namespace: pod.metadata.namespace ?? "default", name: pod.metadata.name ?? "" }, url: full }, cluster.iso(), "kubectl-exec");
  if (result.answered) {
    const by = result.answeredBy;
    if (by && record) {
      const path = full.replace(/^[a-z]+:\/\/[^/]*/, "") || "/";
      const clientIP = (pod.status as { podIP?: string } | undefined)?.podIP ?? "";
      record({ namespace: by.namespace, pod: by.pod, port: by.port, clientIP, method: "GET", path, host, userAgent: tool === "wget" ? "Wget" : "curl/8.5.0", at: cluster.now });
    }
    return { stdout: `<simulated HTTP 200 from pod ${by ? `${by.namespace}/${by.pod} (${by.podIP}:${by.port})` : "?"}>\n`, stderr: "", code: 0 };
  }
  const failed = result.trace.find((h) => !h.ok);
  const dns = failed?.step === "DNS" && /NXDOMAIN|does not resolve/.test(failed.detail);
  const policy = failed?.step.startsWith("NetworkPolicy");
  const why = `kubedeck: ${result.summary}\n`;
  if (tool === "wget") {
    if (dns) return terminated("", `wget: bad address '${host}'\n${why}`, 1);
    if (policy) return terminated("", `wget: download timed out\n${why}`, 1);
    return terminated("", `wget: can't connect to remote host: Connection refused\n${why}`, 1);
  }
  if (dns) return terminated("", `curl: (6) Could not resolve host: ${host}\n${why}`, 6);
  if (policy) return terminated("", `curl: (28) Connection timed out after 10002 milliseconds\n${why}`, 28);
  return terminated("", `curl: (7) Failed to connect to ${host} port ${full.split(":")[2]?.split("/")[0] ?? "80"} after 1 ms: Couldn't connect to server\n${why}`, 7);
}

export function runInContainer(cluster: Cluster, pod: KubeObject, container: string, argv: readonly string[], record?: (served: ServedRequest) => void): CommandOutput {
  let [cmd = "", ...args] = argv;
  if ((cmd === "sh" || cmd === "bash" || cmd === "/bin/sh") && args[0] === "-c") {
    [cmd = "", ...args] = (args[1] ?? "").split(/\s+/).filter((x) => x !== "");
  }
  switch (cmd) {
    case "env": case "printenv": return env(cluster, pod, container, cmd === "printenv" ? args : []);
    case "cat": return cat(cluster, pod, container, args);
    case "nslookup": return nslookup(cluster, pod, args.find((a) => !a.startsWith("-")));
    case "wget": return fetch(cluster, pod, "wget", args, record);
    case "curl": return fetch(cluster, pod, "curl", args, record);
    case "hostname": return { stdout: `${pod.metadata.name ?? ""}\n`, stderr: "", code: 0 };
    case "sh": case "bash": case "/bin/sh": case "/bin/bash":
      return { stdout: "", stderr: "error: interactive shells are not simulated; run one command: kubectl exec POD -- env | cat FILE | nslookup NAME | wget -qO- URL | curl URL\n", code: 1 };
    default:
      return terminated("", `kubedeck: ${cmd} is not simulated inside containers (env, printenv, cat, nslookup, wget, curl, hostname are)\n`, 127);
  }
}
