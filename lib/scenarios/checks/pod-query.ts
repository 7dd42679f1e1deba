/**
 * Which pods a check is about, described by what the task asks for rather than by the names a
 * reference solution happens to use: labels, an image, a name, a namespace (`*` for all).
 */
import { z } from "zod";
import { parseImageReference } from "../../cluster/images/catalogue";
import type { PodView } from "../../cluster/network/read";
import type { ClusterView } from "./check-type";

export const podQuerySchema = z
  .object({
    namespace: z.string().default("default"),
    labels: z.record(z.string(), z.string()).optional(),
    image: z.string().optional(),
    name: z.string().optional(),
  })
  .strict();

export type PodQuery = z.infer<typeof podQuerySchema>;

/** `docker.io/library/nginx` is `nginx:latest`: the same image, however the answer spells it. */
export function canonicalImage(image: string): string {
  const { repository, tag } = parseImageReference(image.trim());
  return `${repository.replace(/^(docker\.io\/)?(library\/)?/, "")}:${tag}`;
}

export const sameImage = (a: string, b: string): boolean => canonicalImage(a) === canonicalImage(b);

export function matchesQuery(pod: PodView, q: PodQuery): boolean {
  if (q.namespace !== "*" && pod.namespace !== q.namespace) return false;
  if (q.name !== undefined && pod.name !== q.name) return false;
  const image = q.image;
  if (image !== undefined && !pod.containers.some((c) => sameImage(c.image, image))) return false;
  for (const [k, v] of Object.entries(q.labels ?? {})) if (pod.labels[k] !== v) return false;
  return true;
}

/** Pods matching the query, finished pods left out, sorted by namespace and name. */
export function selectPods(view: ClusterView, q: PodQuery): PodView[] {
  return view.index.pods.filter((p) => matchesQuery(p, q) && p.phase !== "Succeeded" && p.phase !== "Failed");
}

/** `pods running kubedeck/web:1.0 labelled app=web in namespace team-a`. */
export function describeQuery(q: PodQuery): string {
  if (q.name !== undefined) return `pods named ${q.name}${q.namespace !== "default" && q.namespace !== "*" ? ` in namespace ${q.namespace}` : ""}`;
  const parts = ["pods"];
  if (q.image !== undefined) parts.push(`with image ${q.image}`);
  const labels = Object.entries(q.labels ?? {}).map(([k, v]) => `${k}=${v}`);
  if (labels.length > 0) parts.push(`labelled ${labels.join(",")}`);
  if (q.namespace === "*") parts.push("in any namespace");
  else if (q.namespace !== "default") parts.push(`in namespace ${q.namespace}`);
  return parts.join(" ");
}

/** `3 ready pods running …`, `1 ready pod running …`. */
export function countOf(n: number, adjective: string, q: PodQuery): string {
  const what = describeQuery(q);
  return `${n} ${adjective}${n === 1 ? what.replace(/^pods\b/, "pod") : what}`;
}

export const isServing = (pod: PodView): boolean => pod.ready && !pod.terminating;
