import type { Metadata } from "next";
import { requireUser } from "@/lib/server/require-user";
import { KubectlTerminal } from "@/app/_components/kubectl-terminal";

export const metadata: Metadata = { title: "Playground" };

export default async function PlaygroundPage() {
  await requireUser("/playground");
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">Playground</h1>
      <p className="max-w-3xl text-slate-600 dark:text-slate-300">
        A fresh simulated cluster (one control-plane node, three workers) and a shell with kubectl, as in the exam:
        <code className="mx-1">k</code> is kubectl, <code className="mx-1">export do=&quot;--dry-run=client -o yaml&quot;</code> works,
        heredocs and pipes into grep, head and wc work. Nothing leaves your browser; reload for a new cluster.
      </p>
      <KubectlTerminal />
    </section>
  );
}
