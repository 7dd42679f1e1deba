import type { ScenarioResult } from "@/lib/server/progress/load-scenario-results";

/** The learner's scenario quiz results, one row per scenario, most recently attempted first. */
export function ScenarioResults({ results }: { results: readonly ScenarioResult[] }) {
  return (
    <section aria-labelledby="scenarios-heading" className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="scenario-results">
      <h2 id="scenarios-heading" className="text-lg font-medium">Scenario results</h2>
      {results.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No scenario attempts yet. Once you solve scenario quizzes, whether each one passed appears here.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="py-1 pr-3">Scenario</th>
                <th scope="col" className="py-1 pr-3">Latest result</th>
                <th scope="col" className="py-1 pr-3">Attempts</th>
                <th scope="col" className="py-1 pr-3">Ever passed</th>
                <th scope="col" className="py-1 pr-3">Last attempt (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {results.map((result) => (
                <tr key={result.scenarioId} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-1 pr-3">{result.title}</td>
                  <td className={`py-1 pr-3 font-medium ${result.latestPassed ? "text-green-700 dark:text-green-400" : "text-red-700 dark:text-red-400"}`}>{result.latestPassed ? "Passed" : "Failed"}</td>
                  <td className="py-1 pr-3">{result.attempts}</td>
                  <td className="py-1 pr-3">{result.everPassed ? "Yes" : "No"}</td>
                  <td className="py-1 pr-3">{result.latestAt.slice(0, 16).replace("T", " ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
