/** Entry of the budget pool's threads (bundled to <distDir>/budget-worker.mjs by scripts/build-direct-routes.mjs). */
import { budgetTasks } from "./budget-tasks";
import { serveTasks } from "./serve-tasks";

/** A note with the shapes the parser reads (lists, quotes, a table, questions, code), to compile its paths before the first request. */
const WARM_UP_NOTE = [
  "---\ntitle: Warm-up\ntags: [pods]\n---\n",
  "# Pods\n\n- **Pod** — the smallest deployable unit\n  - runs one or more containers\n- **Node** — a machine that runs pods\n",
  "> - What restarts a crashed container?\n>   - The kubelet.\n",
  "| kind | what |\n| --- | --- |\n| Service | a stable address |\n| Ingress | HTTP routing |\n",
  "Q: What stores the cluster state?\nA: etcd.\n\nA {{c1::Deployment}} manages ReplicaSets.\n",
  "```yaml\napiVersion: v1\nkind: Pod\n```\n",
].join("\n");

serveTasks(budgetTasks, () => {
  for (let round = 0; round < 20; round++) budgetTasks.parseNotes({ text: WARM_UP_NOTE, file: "warm-up.md" });
});
