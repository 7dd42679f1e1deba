import type { HardCard, ScenarioSummary, TrendWeek } from "@/lib/classes";
import { percent } from "./format";

/** The cards the class forgets most: what to re-teach. */
export function HardestCards({ cards }: { cards: readonly HardCard[] }) {
  if (cards.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Not enough answers yet (a card is ranked from 2 answers in 30 days).</p>;
  return (
    <ol className="list-decimal space-y-1 pl-5 text-sm" data-testid="hardest-cards">
      {cards.map((card) => (
        <li key={card.cardId}>
          <span className="font-medium">{card.front}</span>{" "}
          <span className="text-slate-600 dark:text-slate-400">— Again on {percent(card.againRate)} of {card.reviews} answers, {card.lapses} lapse{card.lapses === 1 ? "" : "s"}</span>
        </li>
      ))}
    </ol>
  );
}

/** Per scenario: pass rate, attempts to pass, and the checks learners fail with the grader's explanation. */
export function Misconceptions({ scenarios, titles }: { scenarios: readonly ScenarioSummary[]; titles: ReadonlyMap<string, string> }) {
  if (scenarios.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">Assign a scenario to see which checks your learners fail.</p>;
  return (
    <div className="space-y-4" data-testid="misconceptions">
      {scenarios.map((scenario) => (
        <div key={scenario.scenarioId}>
          <h3 className="font-medium">{titles.get(scenario.scenarioId) ?? scenario.scenarioId}</h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {scenario.learners === 0
              ? "Nobody has tried it yet."
              : `${scenario.passed} of ${scenario.learners} learners passed (${percent(scenario.passRate)})${scenario.medianAttempts === null ? "" : `, in a median of ${scenario.medianAttempts} attempt${scenario.medianAttempts === 1 ? "" : "s"}`}.`}
          </p>
          {scenario.failedChecks.length > 0 && (
            <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
              {scenario.failedChecks.map((check) => (
                <li key={check.check}>
                  <span className="font-medium">{check.count} of {scenario.learners} learners</span> failed “{check.title}”: <span className="italic">{check.example}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      ))}
    </div>
  );
}

/** The last weeks: reviews, retention and first passes of assigned scenarios. */
export function TrendTable({ trend }: { trend: readonly TrendWeek[] }) {
  return (
    <table className="text-left text-sm" data-testid="trend">
      <caption className="sr-only">Weekly trend</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-800">
          {["Week from", "Reviews", "Retention", "Scenarios passed"].map((column) => <th key={column} scope="col" className="py-1 pr-4 font-medium">{column}</th>)}
        </tr>
      </thead>
      <tbody>
        {trend.map((week) => (
          <tr key={week.weekStart} className="border-b border-slate-100 dark:border-slate-900">
            <td className="py-1 pr-4">{week.weekStart}</td>
            <td className="py-1 pr-4">{week.reviews}</td>
            <td className="py-1 pr-4">{percent(week.retention)}</td>
            <td className="py-1 pr-4">{week.scenariosPassed}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
