/**
 * `volume-survives`: data written into a path of a pod must still be there after the pod is deleted
 * and its controller replaces it (a StatefulSet's pod comes back with the same name and claim).
 */
import { z } from "zod";
import { failure, pass, ClusterView, type ActionContext, type ActionType, type CheckOutcome } from "./check-type";
import { describeQuery, isServing, podQuerySchema, selectPods } from "./pod-query";

export const volumeSurvivesSchema = z
  .object({
    pods: podQuerySchema,
    container: z.string().optional(),
    path: z.string().startsWith("/"),
    file: z.string().default("kubedeck-check.txt"),
    content: z.string().default("written before the pod was deleted"),
  })
  .strict();

export type VolumeSurvivesParams = z.infer<typeof volumeSurvivesSchema>;

function whyLost(describe: string): string {
  if (describe.startsWith("emptyDir")) return `it went into ${describe}, which lives and dies with its pod. Keep it in a PersistentVolumeClaim (a StatefulSet's volumeClaimTemplates gives each replica its own)`;
  if (describe.startsWith("the container's")) return "nothing is mounted at that path, so it went into the container's own filesystem, which is thrown away with the pod. Mount a PersistentVolumeClaim exactly there";
  return `it went into ${describe}, which did not come back with the new pod`;
}

export function runVolumeSurvives(ctx: ActionContext, p: VolumeSurvivesParams): CheckOutcome {
  const cluster = ctx.withAnswer();
  const target = selectPods(new ClusterView(cluster, ctx.seed), p.pods).find(isServing);
  if (!target) return failure(`no ready ${describeQuery(p.pods).replace(/^pods?/, "pod")} to write data into`);
  const file = `${p.path.replace(/\/+$/, "")}/${p.file}`;
  const written = cluster.writeFile(target.namespace, target.name, file, p.content, p.container);
  if (!written.ok) return failure(`could not write ${file} in ${target.name}: ${written.message}`);
  const trace = [`wrote ${file} in ${target.name}: it landed in ${written.describe}`];
  cluster.deletePod(target.namespace, target.name);
  cluster.settle();
  const view = new ClusterView(cluster, ctx.seed);
  const replacement = selectPods(view, p.pods).filter(isServing).find((pod) => pod.name === target.name) ?? selectPods(view, p.pods).find(isServing);
  if (!replacement) return failure(`after deleting ${target.name}, no ready ${describeQuery(p.pods)} came back to read the data from`, trace);
  const read = cluster.readFile(replacement.namespace, replacement.name, file, p.container);
  trace.push(`after deleting ${target.name}, ${replacement.name} reads ${read === undefined ? "nothing" : JSON.stringify(read)} at ${file}`);
  if (read !== p.content) return failure(`data written to ${p.path} in ${target.name} was gone after the pod was deleted and ${replacement.name} took its place: ${whyLost(written.describe)}`, trace);
  return pass(`data written to ${p.path} in ${target.name} was still there in ${replacement.name} after the pod was deleted (${written.describe})`, trace);
}

export const volumeSurvivesCheck: ActionType<VolumeSurvivesParams> = { kind: "action", type: "volume-survives", schema: volumeSurvivesSchema, run: runVolumeSurvives };
