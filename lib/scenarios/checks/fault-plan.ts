/**
 * What a fault does, target by target: the cluster to act on (the graded one, or a fresh one with
 * only the starting objects for `apply-answer`), each action, the way back before the next, and the
 * context that explains a failure (where the pods ran, what the Deployment's strategy allows).
 */
import type { Cluster } from "../../cluster/cluster";
import { ClusterView, type ActionContext } from "./check-type";
import type { FaultParams } from "./fault-schema";
import { explainPlacement } from "./placement";
import { describeQuery, selectPods } from "./pod-query";
import { explainRollouts } from "./rollout-context";

export /** One thing that happens; `undo` puts the cluster back (a failed node recovers) before the next one. */
interface Target {
  label: string;
  act: (c: Cluster) => void;
  undo?: (c: Cluster) => void;
  /** Context for a failure, read from the cluster before the fault (where the pods ran). */
  explain?: (before: ClusterView) => string | undefined;
  /** Context for a failure, read from the cluster once it happened (the rollout's strategy). */
  explainAfter?: (after: Cluster) => string | undefined;
}

export /** The cluster to act on, and what happens to it (in turn, on the same cluster). */
function plan(ctx: ActionContext, p: FaultParams): { cluster: Cluster; targets: Target[]; done: string } {
  if (p.action === "apply-answer") {
    const { cluster, applyAnswer } = ctx.withoutAnswer();
    return { cluster, targets: [{ label: "while your answer was applied", act: applyAnswer, explainAfter: (c) => explainRollouts(c.objects()) }], done: "the change from the starting cluster to your answer" };
  }
  const cluster = ctx.withAnswer();
  switch (p.action) {
    case "delete-each-pod": {
      const pods = p.pods ? selectPods(new ClusterView(cluster, ctx.seed), p.pods) : [];
      const targets = pods.map((pod): Target => ({ label: `after deleting pod ${pod.name}`, act: (c) => void c.deletePod(pod.namespace, pod.name) }));
      return { cluster, targets, done: `deleting each of ${pods.map((pod) => pod.name).join(", ")} in turn` };
    }
    case "delete-pod":
      return { cluster, targets: [{ label: `after deleting pod ${p.pod ?? ""}`, act: (c) => void c.deletePod(p.namespace, p.pod ?? "") }], done: `deleting pod ${p.pod ?? ""}` };
    case "fail-each-node": {
      const nodes = cluster.list("Node").filter((n) => p.nodes === "all" || n.metadata.labels?.["node-role.kubernetes.io/control-plane"] === undefined);
      return {
        cluster,
        done: `failing each of ${nodes.map((n) => n.metadata.name ?? "").join(", ")} in turn`,
        targets: nodes.map((n) => ({
          label: `when node ${n.metadata.name ?? ""} failed`,
          act: (c) => void c.failNode(n.metadata.name ?? ""),
          explain: (view) => (p.pods ? explainPlacement(selectPods(view, p.pods), n.metadata.name ?? "", describeQuery(p.pods)) : undefined),
          undo: (c) => {
            c.recoverNode(n.metadata.name ?? "");
            c.settle();
          },
        })),
      };
    }
    case "drain-each-node": {
      const nodes = cluster.list("Node").filter((n) => p.nodes === "all" || n.metadata.labels?.["node-role.kubernetes.io/control-plane"] === undefined);
      return {
        cluster,
        done: `draining each of ${nodes.map((n) => n.metadata.name ?? "").join(", ")} in turn`,
        targets: nodes.map((n) => ({
          label: `when node ${n.metadata.name ?? ""} was drained`,
          act: (c) => void c.drain(n.metadata.name ?? ""),
          explain: (view) => (p.pods ? explainPlacement(selectPods(view, p.pods), n.metadata.name ?? "", describeQuery(p.pods))?.replace(" failed", " was drained") : undefined),
          undo: (c) => {
            c.uncordon(n.metadata.name ?? "");
            c.settle();
          },
        })),
      };
    }
    case "set-image":
      return { cluster, targets: [{ label: `during the rollout of ${p.image ?? ""}`, act: (c) => void c.setImage("Deployment", p.namespace, p.deployment ?? "", p.container ?? "", p.image ?? ""), explainAfter: (c) => explainRollouts(c.objects()) }], done: `the rollout of ${p.image ?? ""}` };
    case "add-node":
      return { cluster, targets: [{ label: "after a node joined", act: (c) => void c.addNode() }], done: "a new node joining" };
  }
}

