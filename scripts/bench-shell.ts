/**
 * The "shell" line of `npm run bench:engine`: p50/p99 of kubectl commands typed into the practice
 * shell against a cluster of about 100 objects (20 Deployments × 3 replicas: Deployments,
 * ReplicaSets and Pods), read-only and changing commands alike (an edit counts from the command to
 * the applied save).
 */
import { createCluster } from "../lib/cluster/cluster";
import { createShell, loadExplainDocs } from "../lib/kubectl";

const COMMANDS = [
  "kubectl get pods",
  "kubectl get pods -o wide -A",
  "k get deploy app-7 -o yaml",
  "k get pods -l app=app-3 -o name | wc -l",
  "k get all --show-labels",
  "k scale deploy app-{i} --replicas=4",
  "k label deploy app-{i} tier=front --overwrite",
  "k set image deploy/app-{i} nginx=nginx:1.{i}",
  "k get deploy app-{i} -o jsonpath={.spec.replicas}",
  "k create deploy tmp-{n} --image=nginx --dry-run=client -o yaml",
  "k logs deploy/app-{i} --tail=5",
  "k top pods --sort-by=cpu",
  "k explain deploy.spec.strategy",
  "k edit deploy app-{i}",
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function benchShell(rounds = 60): Promise<void> {
  await loadExplainDocs();
  const cluster = createCluster({ workers: 3 });
  const shell = createShell(cluster);
  for (let i = 0; i < 20; i += 1) shell.run(`kubectl create deployment app-${i} --image=nginx:1.27 --replicas=3`);
  const objects = cluster.userObjects().filter((o) => o.kind !== "Node").length;
  const times: number[] = [];
  let n = 0;
  for (let r = 0; r < rounds; r += 1) {
    for (const template of COMMANDS) {
      const line = template.replace(/\{i\}/g, String(r % 20)).replace(/\{n\}/g, String((n += 1)));
      const t0 = performance.now();
      let result = shell.run(line);
      // An edit is measured to its end: the editor saved with one change, applied as kubectl edit applies it.
      if (result.edit) result = shell.finishEdit(result.edit.text.replace(/replicas: \d+/, `replicas: ${2 + (r % 3)}`));
      times.push(performance.now() - t0);
      if (result.code !== 0) throw new Error(`bench command failed: ${line}\n${result.stderr}`);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`shell: ${times.length} kubectl commands against ${objects} objects (get/-o wide/yaml/jsonpath/-l, scale, label, set image, dry-run create, logs, top, explain, edit): p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, max ${(sorted[sorted.length - 1] ?? 0).toFixed(2)} ms`);
}
