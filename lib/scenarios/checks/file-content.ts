/**
 * `file`: a file inside the containers of the matching pods has some content (or contains some text),
 * wherever it comes from: a ConfigMap or Secret volume, a claim, or the image's own filesystem.
 */
import { z } from "zod";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";
import { describeQuery, podQuerySchema, selectPods } from "./pod-query";

export const fileSchema = z
  .object({ pods: podQuerySchema, container: z.string().optional(), path: z.string().startsWith("/"), equals: z.string().optional(), contains: z.string().optional() })
  .strict();

export type FileParams = z.infer<typeof fileSchema>;

export function evaluateFile(view: ClusterView, p: FileParams): CheckOutcome {
  const pods = selectPods(view, p.pods).filter((pod) => !pod.terminating && pod.phase === "Running");
  if (pods.length === 0) return failure(`no running ${describeQuery(p.pods).replace(/^pods/, "pod")} to read ${p.path} in`);
  const trace: string[] = [];
  for (const pod of pods) {
    const content = view.cluster.readFile(pod.namespace, pod.name, p.path, p.container);
    trace.push(`${pod.name}: ${p.path} ${content === undefined ? "does not exist" : `holds ${JSON.stringify(content)}`}`);
    if (content === undefined) return failure(`${pod.name}: there is no file ${p.path} (mount a ConfigMap volume whose key is the file name, at the file's directory)`, trace);
    if (p.equals !== undefined && content.trimEnd() !== p.equals.trimEnd()) return failure(`${pod.name}: ${p.path} holds ${JSON.stringify(content)}, expected ${JSON.stringify(p.equals)}`, trace);
    if (p.contains !== undefined && !content.includes(p.contains)) return failure(`${pod.name}: ${p.path} holds ${JSON.stringify(content)}, which does not contain ${JSON.stringify(p.contains)}`, trace);
  }
  return pass(`${p.path} is right in ${pods.length} pod${pods.length === 1 ? "" : "s"}`, trace);
}

export const fileCheck: ConditionType<FileParams> = { kind: "condition", type: "file", schema: fileSchema, evaluate: evaluateFile };
