import type { ClassLearner, MasteryHeatmap } from "@/lib/classes";
import { percent } from "./format";

/** A cell's colour by mastery: red (forgotten) through amber to green (would recall). */
function cellClass(mastery: number | null): string {
  if (mastery === null) return "bg-slate-50 text-slate-400 dark:bg-slate-900";
  if (mastery >= 0.85) return "bg-green-200 dark:bg-green-900";
  if (mastery >= 0.7) return "bg-lime-100 dark:bg-lime-900";
  if (mastery >= 0.5) return "bg-amber-100 dark:bg-amber-900";
  return "bg-red-200 dark:bg-red-900";
}

/** Learners × topics: the mean recall now of each topic's introduced cards, with the count it rests on. */
export function HeatmapGrid({ heatmap, learners }: { heatmap: MasteryHeatmap; learners: readonly ClassLearner[] }) {
  if (heatmap.topics.length === 0 || learners.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Assign a deck and the heat map fills in as learners study.</p>;
  const names = new Map(learners.map((learner) => [learner.userId, learner.name || learner.email]));
  return (
    <div className="overflow-x-auto">
      <table className="text-left text-xs" data-testid="heatmap">
        <caption className="sr-only">Mastery per learner and topic</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3">Learner</th>
            {heatmap.topics.map((topic) => <th key={topic} scope="col" className="max-w-24 truncate px-1 font-medium" title={topic}>{topic}</th>)}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row" className="pr-3 font-normal">{names.get(row.userId)}</th>
              {row.cells.map((cell, index) => (
                <td key={heatmap.topics[index]} className={`px-1 py-1 text-center ${cellClass(cell.mastery)}`} title={`${cell.cards} introduced card${cell.cards === 1 ? "" : "s"}`}>
                  {percent(cell.mastery)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
