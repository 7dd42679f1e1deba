import Link from "next/link";

const STYLES = [
  { example: "- **Pod** — the smallest deployable unit", becomes: "a term card: front “Pod”, back its definition" },
  { example: "Q: What stores cluster state?\nA: etcd", becomes: "a question-and-answer card" },
  { example: "What does a Deployment give you?\n- rolling updates\n- rollbacks", becomes: "a list card: recall the items" },
  { example: "{{c1::etcd}} stores the cluster state.", becomes: "a fill-in-the-blank card hiding “etcd”" },
  { example: "```quiz\nquestion: Who picks a node?\noptions: [kube-scheduler, kubelet]\nanswer: kube-scheduler\n```", becomes: "a multiple-choice quiz" },
];

/** Beside the notes box: which note styles become which cards, each with a tiny example. */
export function NoteStylesGuide() {
  return (
    <aside aria-label="Which notes become cards" className="space-y-3 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
      <h2 className="font-medium">Which notes become cards</h2>
      <dl className="space-y-3">
        {STYLES.map((style) => (
          <div key={style.becomes}>
            <dt>
              <pre className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">{style.example}</pre>
            </dt>
            <dd className="mt-1 text-slate-600 dark:text-slate-400">→ {style.becomes}</dd>
          </div>
        ))}
      </dl>
      <p>
        Headings become the cards’ topics; plain prose makes no cards.{" "}
        <Link className="text-sky-700 underline dark:text-sky-400" href="/decks/import/guide">The full guide to note styles</Link>
      </p>
    </aside>
  );
}
