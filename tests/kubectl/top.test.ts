/** kubectl top reads the simulated metrics: the load set for an HPA shows as CPU, limits cap usage, NotReady nodes are <unknown>. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";

describe("kubectl top", () => {
  it("reports the load set on a Deployment as a share of each pod's CPU request", () => {
    const cluster = createCluster({ workers: 1 });
    const shell = createShell(cluster);
    shell.run("kubectl create deploy web --image=nginx --replicas=2");
    shell.run("kubectl set resources deploy web --requests=cpu=200m --limits=cpu=300m,memory=64Mi");
    const idle = shell.run("kubectl top pod --no-headers").stdout;
    expect(idle).toMatch(/^web-\S+\s+[0-2]m\s+[2-4]Mi\s+\nweb-\S+\s+[0-2]m\s+[2-4]Mi\s+\n$/);
    cluster.setLoad("default", "Deployment", "web", 80);
    expect(shell.run("kubectl top pod --no-headers").stdout).toMatch(/^web-\S+\s+160m\s+\d+Mi\s+\nweb-\S+\s+160m\s+\d+Mi\s+\n$/);
    cluster.setLoad("default", "Deployment", "web", 500);
    expect(shell.run("kubectl top pod --no-headers").stdout).toMatch(/^web-\S+\s+300m\s+\d+Mi\s+\nweb-\S+\s+300m\s+\d+Mi\s+\n$/);
    const node = shell.run("kubectl top node worker-1 --no-headers").stdout;
    expect(Number(/^worker-1\s+(\d+)m/.exec(node)?.[1])).toBeGreaterThan(600);
  });

  it("shows a node that stopped reporting as <unknown>, after the others", () => {
    const cluster = createCluster({ workers: 2 });
    const shell = createShell(cluster);
    cluster.failNode("worker-1");
    cluster.advance(120);
    const lines = shell.run("kubectl top nodes").stdout.split("\n");
    expect(lines[lines.length - 2]).toBe("worker-1        <unknown>    <unknown>   <unknown>       <unknown>   ");
    expect(shell.run("kubectl top node worker-1").stderr).toBe('Error from server (NotFound): nodemetrics.metrics.k8s.io "worker-1" not found\n');
  });
});
