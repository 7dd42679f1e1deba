import { describe, it } from "vitest";
import { expectFail, expectPass, grade, solutionText } from "./helpers";

const daemonSet = (opts: { tolerations?: string; mount?: string; volume?: string; namespace?: string }) => `
apiVersion: apps/v1
kind: DaemonSet
metadata: { name: logs, namespace: ${opts.namespace ?? "default"} }
spec:
  selector: { matchLabels: { name: logs } }
  template:
    metadata: { labels: { name: logs } }
    spec:
      tolerations: ${opts.tolerations ?? "[{ operator: Exists }]"}
      containers:
        - name: shipper
          image: kubedeck/log-agent:1.0
          volumeMounts: [${opts.mount ?? "{ name: varlog, mountPath: /var/log, readOnly: true }"}]
      volumes: [${opts.volume ?? "{ name: varlog, hostPath: { path: /var/log, type: Directory } }"}]
`;

describe("daemon-everywhere", () => {
  it("passes the reference solution", () => {
    expectPass(grade("daemon-everywhere", solutionText("daemon-everywhere")));
  });

  it("passes a toleration of every taint, other names, and another namespace", () => {
    expectPass(grade("daemon-everywhere", daemonSet({})));
    expectPass(grade("daemon-everywhere", `apiVersion: v1\nkind: Namespace\nmetadata: { name: logging }\n---${daemonSet({ namespace: "logging" })}`));
  });

  it("passes the node's / mounted read-only at / (it covers /var/log)", () => {
    expectPass(grade("daemon-everywhere", daemonSet({ mount: "{ name: root, mountPath: /, readOnly: true }", volume: "{ name: root, hostPath: { path: / } }" })));
  });

  it("fails a DaemonSet without the control-plane toleration", () => {
    expectFail(grade("daemon-everywhere", daemonSet({ tolerations: "[]" })), "one-agent-per-node", "node control-plane has 0 ready pods with image kubedeck/log-agent:1.0");
  });

  it("fails a four-replica Deployment when a node joins", () => {
    const answer = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: logs }
spec:
  replicas: 4
  selector: { matchLabels: { name: logs } }
  template:
    metadata: { labels: { name: logs } }
    spec:
      tolerations: [{ operator: Exists }]
      containers: [{ name: shipper, image: "kubedeck/log-agent:1.0", volumeMounts: [{ name: varlog, mountPath: /var/log, readOnly: true }] }]
      volumes: [{ name: varlog, hostPath: { path: /var/log } }]
`;
    expectFail(grade("daemon-everywhere", answer), "new-node-gets-agent", "after a node joined", "node worker-4 has 0 ready pods");
  });

  it("fails a writable mount, another host directory, and an emptyDir", () => {
    expectFail(grade("daemon-everywhere", daemonSet({ mount: "{ name: varlog, mountPath: /var/log }" })), "reads-node-logs", "writable", "read-only");
    expectFail(grade("daemon-everywhere", daemonSet({ volume: "{ name: varlog, hostPath: { path: /tmp } }" })), "reads-node-logs", "the node's /tmp", "it should be the node's /var/log");
    expectFail(grade("daemon-everywhere", daemonSet({ volume: "{ name: varlog, emptyDir: {} }" })), "reads-node-logs", "not a hostPath volume");
  });
});
