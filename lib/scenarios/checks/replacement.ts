/** After deleting a pod: did a controller replace it with a new, ready pod (with a new IP)? */
import { failure, pass, type CheckOutcome, type ClusterView } from "./check-type";
import type { PodView } from "../../cluster/network/read";
import { countOf, isServing, selectPods, type PodQuery } from "./pod-query";

export function checkReplacement(before: readonly PodView[], after: ClusterView, q: PodQuery, label: string): CheckOutcome {
  const now = selectPods(after, q).filter(isServing);
  // A replacement is any pod ready now that was not ready before: a new pod, or one that waited Pending for room.
  const readyUids = new Set(before.filter(isServing).map((p) => p.uid));
  const fresh = now.filter((p) => !readyUids.has(p.uid));
  const readyBefore = before.filter(isServing).length;
  if (now.length >= readyBefore && fresh.length > 0) {
    const oldIPs = new Set(before.map((p) => p.podIP));
    const newIP = fresh.find((p) => p.podIP && !oldIPs.has(p.podIP));
    return newIP ? pass(`${label}, ${newIP.name} (${newIP.podIP ?? ""}) replaced it`) : failure(`${label}, the replacement reused an old IP`);
  }
  const gone = before.find((p) => !now.some((n) => n.uid === p.uid));
  const owned = gone ? (gone.object.metadata.ownerReferences ?? []).some((r) => r.controller === true) : true;
  const why = owned ? "its controller did not bring a ready replacement" : `${gone?.name ?? "it"} was a bare Pod: nothing recreates a deleted bare Pod. Run the pods from a Deployment (or ReplicaSet), which keeps the replica count`;
  return failure(`${label}, only ${countOf(now.length, "ready ", q)} (${readyBefore} before): ${why}`);
}
