/**
 * Why a Service has no ready endpoints, in a learner's terms: its selector matches no pod (and how the
 * pods that exist are labelled), the pods live in another namespace, a named targetPort resolves in
 * none of them, or they exist but none is ready (Pending, CrashLoopBackOff, not Ready, terminating).
 */
import type { ClusterIndex } from "./cluster-index";
import { manualSlices } from "./manual-endpoints";
import { describePodProblem } from "./pod-problems";
import { resolveTargetPort, selectedPods } from "./endpoint-slices";
import type { Labels } from "./fields";
import type { PodView, ServiceView } from "./read";
import { mapSelectorMatches } from "../util/labels";
import { formatLabels } from "./selectors";

/** Labels controllers add to pods; they say nothing about what the learner wrote. */
const GENERATED_LABELS = new Set([
  "pod-template-hash",
  "controller-revision-hash",
  "statefulset.kubernetes.io/pod-name",
  "apps.kubernetes.io/pod-index",
  "pod-template-generation",
  "batch.kubernetes.io/controller-uid",
  "batch.kubernetes.io/job-name",
  "controller-uid",
  "job-name",
]);

export { describePodProblem };

export function authoredLabels(labels: Labels): Labels {
  return Object.fromEntries(Object.entries(labels).filter(([key]) => !GENERATED_LABELS.has(key)));
}

function distinctLabelSets(pods: readonly PodView[]): string[] {
  return [...new Set(pods.map((p) => formatLabels(authoredLabels(p.labels))))].sort();
}

function listOf(items: readonly string[], max = 3): string {
  const shown = items.slice(0, max).join("; ");
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}

/** Explains an empty selection: which pods exist and how they are labelled. */
function explainNoMatch(index: ClusterIndex, service: ServiceView, selector: Labels): string {
  const head = `the selector ${formatLabels(selector)} matches no pod`;
  const live = index.pods.filter((p) => p.phase !== "Succeeded" && p.phase !== "Failed");
  const elsewhere = live.filter((p) => p.namespace !== service.namespace && mapSelectorMatches(selector, p.labels));
  if (elsewhere.length > 0) {
    const namespaces = [...new Set(elsewhere.map((p) => p.namespace))].sort().join(", ");
    return `${head} in namespace ${service.namespace}; pods with those labels run in namespace ${namespaces}, and a Service selects pods only in its own namespace`;
  }
  const local = live.filter((p) => p.namespace === service.namespace);
  if (local.length === 0) return `${head}: there are no pods in namespace ${service.namespace}`;
  return `${head}; your pods are labelled ${listOf(distinctLabelSets(likelyIntended(index, selector, local)))}`;
}

/** Values a learner probably meant as the same: one contains the other, or they differ by a typo. */
function similar(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 3 && (a.includes(b) || b.includes(a))) return true;
  const allowed = shorter <= 4 ? 1 : 2;
  if (Math.abs(a.length - b.length) > allowed) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = row;
  }
  return (previous[b.length] ?? 99) <= allowed;
}

/**
 * The pods a learner most likely meant the selector to match: those with a similar value under a
 * selector key; else those no Service selects; else those sharing a selector key; else all.
 */
function likelyIntended(index: ClusterIndex, selector: Labels, local: readonly PodView[]): readonly PodView[] {
  const entries = Object.entries(selector);
  const close = local.filter((p) => entries.some(([k, v]) => p.labels[k] !== undefined && similar(v, p.labels[k] ?? "")));
  if (close.length > 0) return close;
  const services = index.services.filter((s) => s.namespace === local[0]?.namespace && s.selector);
  const orphans = local.filter((p) => !services.some((s) => s.selector && mapSelectorMatches(s.selector, p.labels)));
  if (orphans.length > 0) return orphans;
  const related = local.filter((p) => entries.some(([k]) => p.labels[k] !== undefined));
  return related.length > 0 ? related : local;
}

/** Why no endpoint of `service` is ready, for a request on the given Service ports. */
export function explainNoReadyEndpoints(index: ClusterIndex, service: ServiceView): string {
  if (!service.selector) {
    const slices = manualSlices(index.objects, service);
    if (slices.length > 0) {
      return `Service ${service.name} has no selector and its EndpointSlices (${slices.map((s) => s.metadata.name ?? "").join(", ")}) list no ready pod IP of this cluster`;
    }
    return `Service ${service.name} has no selector, so Kubernetes manages no endpoints for it (add spec.selector matching your pods' labels)`;
  }
  const selected = selectedPods(service, index.pods);
  if (selected.length === 0) return explainNoMatch(index, service, service.selector);
  const named = service.ports.filter((p) => typeof p.targetPort === "string");
  if (named.length > 0) {
    const unresolved = selected.filter((pod) => service.ports.every((p) => resolveTargetPort(p, pod) === undefined));
    if (unresolved.length === selected.length) {
      const names = named.map((p) => String(p.targetPort)).join(", ");
      return `the selector ${formatLabels(service.selector)} matches ${selected.length} pod(s), but none declares a container port named ${names} (the Service's targetPort)`;
    }
  }
  const problems = selected.map(describePodProblem);
  const count = selected.length === 1 ? "1 pod" : `${selected.length} pods`;
  return `the selector ${formatLabels(service.selector)} matches ${count} but none is ready: ${listOf(problems)}`;
}
