import type { CardInfo } from "@/lib/server/cards/get-card-info";

const STATE_NAMES = { new: "New", learning: "Learning", review: "Review", relearning: "Relearning" } as const;

function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC" : "—";
}

/** The card's memory state as a definition list. */
export function CardFacts({ info }: { info: CardInfo }) {
  const studied = info.state !== "new";
  const flags = [info.suspended && "suspended", info.buriedUntil && `buried until ${when(info.buriedUntil)}`, info.leech && "leech"].filter(Boolean).join(", ");
  const facts: [string, string][] = [
    ["State", STATE_NAMES[info.state]],
    ["Next due", studied ? when(info.due) : "Not studied yet"],
    ["Stability", studied ? `${info.stability.toFixed(1)} days` : "—"],
    ["Difficulty", studied ? `${info.difficulty.toFixed(1)} of 10` : "—"],
    ["Recall chance now", info.retrievability === null ? "—" : `${Math.round(info.retrievability * 100)} %`],
    ["Reviews", String(info.reps)],
    ["Lapses", String(info.lapses)],
    ["Last review", when(info.lastReview)],
    ["Flags", flags || "none"],
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3" data-testid="card-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-slate-600 dark:text-slate-400">{term}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
