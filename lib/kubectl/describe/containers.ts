/** The Containers section of describe (pods and pod templates): image, ports, state, probes, resources, env, mounts. */
import { arr, rec, rfc1123, str, type DescribeWriter } from "./format";

function probe(p: Record<string, unknown>): string {
  const h = rec(p.httpGet), t = rec(p.tcpSocket), e = rec(p.exec);
  const how = p.httpGet ? `http-get ${str(h.scheme, "HTTP").toLowerCase()}://${str(h.host)}:${str(h.port)}${str(h.path)}` : p.tcpSocket ? `tcp-socket ${str(t.host)}:${str(t.port)}` : p.exec ? `exec [${(Array.isArray(e.command) ? e.command : []).map(String).join(" ")}]` : "unknown";
  return `${how} delay=${str(p.initialDelaySeconds, "0")}s timeout=${str(p.timeoutSeconds, "1")}s period=${str(p.periodSeconds, "10")}s #success=${str(p.successThreshold, "1")} #failure=${str(p.failureThreshold, "3")}`;
}

function state(w: DescribeWriter, title: string, s: Record<string, unknown>): void {
  if (s.running) { w.line(2, `${title}:`, "Running").line(3, "Started:", rfc1123(str(rec(s.running).startedAt))); return; }
  if (s.waiting) { w.line(2, `${title}:`, "Waiting").line(3, "Reason:", str(rec(s.waiting).reason)); return; }
  if (s.terminated) {
    const t = rec(s.terminated);
    w.line(2, `${title}:`, "Terminated").line(3, "Reason:", str(t.reason)).line(3, "Exit Code:", str(t.exitCode, "0"));
    w.line(3, "Started:", rfc1123(str(t.startedAt))).line(3, "Finished:", rfc1123(str(t.finishedAt)));
    return;
  }
  w.line(2, `${title}:`, "Waiting");
}

/** `statuses` are the pod's container statuses (absent for templates). `indent` is " " for templates, as kubectl writes them. */
export function describeContainers(w: DescribeWriter, title: string, containers: readonly Record<string, unknown>[], statuses: readonly Record<string, unknown>[] | undefined, level: number): void {
  w.line(level, `${title}:`);
  for (const c of containers) {
    const st = statuses?.find((s) => s.name === c.name);
    // A pod's containers are named at two spaces, a template's at three (kubectl's own indentation).
    w.line(0, `${statuses ? "  " : "   "}${str(c.name)}:`);
    if (st) w.line(2, "Container ID:", str(st.containerID));
    w.line(2, "Image:", str(c.image));
    if (st) w.line(2, "Image ID:", str(st.imageID));
    const ports = arr(c.ports);
    if (ports.length <= 1) {
      w.line(2, "Port:", ports[0] ? `${str(ports[0].containerPort)}/${str(ports[0].protocol, "TCP")}` : "<none>");
      w.line(2, "Host Port:", ports[0] ? `${str(ports[0].hostPort, "0")}/${str(ports[0].protocol, "TCP")}` : "<none>");
    } else {
      w.line(2, "Ports:", ports.map((p) => `${str(p.containerPort)}/${str(p.protocol, "TCP")}`).join(", "));
      w.line(2, "Host Ports:", ports.map((p) => `${str(p.hostPort, "0")}/${str(p.protocol, "TCP")}`).join(", "));
    }
    if (Array.isArray(c.command)) { w.line(2, "Command:"); for (const x of c.command) w.line(3, String(x)); }
    if (Array.isArray(c.args)) { w.line(2, "Args:"); for (const x of c.args) w.line(3, String(x)); }
    if (st) {
      state(w, "State", rec(st.state));
      if (Object.keys(rec(st.lastState)).length > 0) state(w, "Last State", rec(st.lastState));
      w.line(2, "Ready:", st.ready === true ? "True" : "False").line(2, "Restart Count:", str(st.restartCount, "0"));
    }
    const res = rec(c.resources);
    for (const kind of ["limits", "requests"] as const) {
      const m = rec(res[kind]);
      if (Object.keys(m).length === 0) continue;
      w.line(2, `${kind === "limits" ? "Limits" : "Requests"}:`);
      for (const k of Object.keys(m).sort()) w.line(3, `${k}:`, str(m[k]));
    }
    for (const [key, name] of [["livenessProbe", "Liveness"], ["readinessProbe", "Readiness"], ["startupProbe", "Startup"]] as const) {
      if (c[key]) w.line(2, `${name}:`, probe(rec(c[key])));
    }
    const envFrom = arr(c.envFrom);
    if (envFrom.length > 0) {
      w.line(2, "Environment Variables from:");
      for (const f of envFrom) {
        const cm = rec(f.configMapRef), sec = rec(f.secretRef);
        w.line(3, f.configMapRef ? str(cm.name) : str(sec.name), f.configMapRef ? "ConfigMap" : "Secret", `Optional: ${String((f.configMapRef ? cm : sec).optional === true)}`);
      }
    }
    const env = arr(c.env);
    if (env.length === 0) w.line(2, "Environment:", "<none>");
    else {
      w.line(2, "Environment:");
      for (const e of env) {
        const from = rec(e.valueFrom);
        const value = e.value !== undefined ? str(e.value)
          : from.configMapKeyRef ? `<set to the key '${str(rec(from.configMapKeyRef).key)}' of config map '${str(rec(from.configMapKeyRef).name)}'>  Optional: ${String(rec(from.configMapKeyRef).optional === true)}`
          : from.secretKeyRef ? `<set to the key '${str(rec(from.secretKeyRef).key)}' in secret '${str(rec(from.secretKeyRef).name)}'>  Optional: ${String(rec(from.secretKeyRef).optional === true)}`
          : from.fieldRef ? ` (${str(rec(from.fieldRef).apiVersion, "v1")}:${str(rec(from.fieldRef).fieldPath)})` : "";
        w.line(3, `${str(e.name)}:`, value);
      }
    }
    const mounts = arr(c.volumeMounts);
    if (mounts.length === 0) w.line(2, "Mounts:", "<none>");
    else {
      w.line(2, "Mounts:");
      for (const m of mounts) w.line(3, `${str(m.mountPath)} from ${str(m.name)} (${m.readOnly === true ? "ro" : "rw"}${m.subPath ? `,path="${str(m.subPath)}"` : ""})`);
    }
  }
}
