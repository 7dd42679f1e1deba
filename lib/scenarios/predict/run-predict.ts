/**
 * The engine answers a predict-the-outcome question: apply the manifests, settle, make the event
 * happen, let the clock run, and read the answer off the cluster with the reason behind it.
 */
import { createCluster, type Cluster } from "../../cluster/cluster";
import { describePodProblem, simulateRequest, type RequestSource } from "../../cluster/network";
import type { PodView } from "../../cluster/network/read";
import { settleCluster } from "../build-cluster";
import { ClusterView } from "../checks/check-type";
import { describeQuery, isServing, selectPods } from "../checks/pod-query";
import type { PredictEvent, PredictOutcome, PredictQuestion } from "./types";

/** kubectl's STATUS column, close enough: Terminating, a waiting or terminated reason, else the phase. */
export function podStatusText(pod: PodView): string {
  if (pod.terminating) return "Terminating";
  const waiting = pod.containerStatuses.find((s) => s.waiting?.reason)?.waiting?.reason;
  return waiting ?? pod.phase ?? "Pending";
}

function describeEvent(e: PredictEvent): string {
  switch (e.kind) {
    case "none": return "once the cluster settled";
    case "fail-node": return `after ${e.node} failed`;
    case "delete-pod": return `after pod ${e.name} was deleted`;
    case "apply": return "after the change was applied";
    case "set-image": return `after the image of ${e.deployment} changed to ${e.image}`;
    case "add-node": return "after a node joined";
  }
}

function happen(cluster: Cluster, q: PredictQuestion): string | undefined {
  const e = q.event;
  if (e.kind === "fail-node" && !cluster.failNode(e.node)) return `there is no node ${e.node}`;
  if (e.kind === "delete-pod" && !cluster.deletePod(e.namespace, e.name)) return `there is no pod ${e.name} to delete`;
  if (e.kind === "set-image" && !cluster.setImage("Deployment", e.namespace, e.deployment, e.container, e.image)) return `Deployment ${e.deployment} has no container ${e.container}`;
  if (e.kind === "add-node") cluster.addNode();
  if (e.kind === "apply") {
    const block = q.manifests[e.block - 1];
    const errors = block ? cluster.apply([{ file: `change.yaml`, text: block.text }]).errors : [];
    if (errors[0]) return `the change is rejected: ${errors[0].message}`;
  }
  return undefined;
}

/** Who answered: the Deployment or StatefulSet behind the pod, else the pod's name. */
function workloadOf(view: ClusterView, namespace: string, podName: string): string {
  const pod = view.index.pods.find((p) => p.namespace === namespace && p.name === podName);
  const owner = pod?.object.metadata.ownerReferences?.find((r) => r.controller === true);
  if (owner?.kind === "ReplicaSet") {
    const rs = view.cluster.get("ReplicaSet", namespace, owner.name);
    const deployment = rs?.metadata.ownerReferences?.find((r) => r.kind === "Deployment");
    if (deployment) return `Deployment ${deployment.name}`;
  }
  if (owner?.kind === "StatefulSet") return `pod ${podName}`;
  return owner ? `${owner.kind} ${owner.name}` : `pod ${podName}`;
}

export function runPredict(q: PredictQuestion, seed: number): PredictOutcome | { error: string } {
  const cluster = createCluster({ nodes: q.nodes, seed, freeze: false });
  const apply = q.event.kind === "apply" ? q.event.block : 0;
  const sources = q.manifests.flatMap((m, i) => (i + 1 === apply ? [] : [{ file: `manifest-${i + 1}.yaml`, text: m.text }]));
  const { errors } = cluster.apply(sources);
  if (errors[0]) return { error: `manifest is rejected (line ${errors[0].line} of block): ${errors[0].object}: ${errors[0].message}` };
  settleCluster(cluster);
  const problem = happen(cluster, q);
  if (problem) return { error: problem };
  if (q.after !== undefined) cluster.advance(q.after);
  else settleCluster(cluster);
  const view = new ClusterView(cluster, seed);
  const when = describeEvent(q.event);
  const ask = q.ask;
  if (ask.kind === "count") {
    const pods = selectPods(view, ask.pods);
    const inState = pods.filter((p) => ask.state === "any" || (ask.state === "ready" ? isServing(p) : ask.state === "running" ? p.phase === "Running" && !p.terminating : p.phase === "Pending"));
    const nodeDown = (p: PodView): boolean => view.index.nodes.some((n) => n.name === p.nodeName && !n.ready);
    const state = (p: PodView): string => {
      if (isServing(p)) return "Running, ready";
      if (nodeDown(p) && !p.terminating) return "not ready: its node is NotReady (the kubelet stopped reporting)";
      return describePodProblem(p).replace(new RegExp(`^${p.name}(: | is )`), "");
    };
    const list = pods.map((p) => `${p.name} (${p.nodeName ?? "no node"}): ${state(p)}`);
    return { answer: String(inState.length), reason: `${when}, ${inState.length} ${ask.state === "any" ? "" : `${ask.state} `}${describeQuery(ask.pods)}${list.length > 0 ? `: ${list.join("; ")}` : ""}` };
  }
  if (ask.kind === "status") {
    const pod = view.index.pods.find((p) => p.namespace === ask.namespace && p.name === ask.pod);
    if (!pod) return { answer: "(no such pod)", reason: `${when}, there is no pod ${ask.pod}` };
    const status = podStatusText(pod);
    return { answer: status, reason: `${when}, ${ask.pod} shows ${status}${isServing(pod) ? "" : `: ${describePodProblem(pod)}`}` };
  }
  const from: RequestSource = ask.from === "external" ? { kind: "external" } : { kind: "pod", namespace: ask.from.namespace, name: ask.from.pod };
  const result = simulateRequest(view.objects, { from, url: ask.url }, view.now, String(seed));
  const by = result.answeredBy;
  return { answer: by ? workloadOf(view, by.namespace, by.pod) : "no pod answers", reason: `${when}: ${result.summary}` };
}
