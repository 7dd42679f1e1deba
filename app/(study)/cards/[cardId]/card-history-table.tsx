import type { CardHistoryEntry } from "@/lib/server/cards/get-card-info";

/** The card's review history, oldest first (undone reviews are left out). */
export function CardHistoryTable({ history }: { history: readonly CardHistoryEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-2">
      <h2 id="history-heading" className="text-lg font-medium">Review history</h2>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">You have not reviewed this card yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th scope="col" className="py-1 pr-3">Date (UTC)</th>
                <th scope="col" className="py-1 pr-3">Rating</th>
                <th scope="col" className="py-1 pr-3">Card was</th>
                <th scope="col" className="py-1 pr-3">Next interval</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry, index) => (
                <tr key={`${entry.reviewedAt}-${index}`} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-1 pr-3">{entry.reviewedAt.slice(0, 16).replace("T", " ")}</td>
                  <td className="py-1 pr-3">{entry.ratingLabel}</td>
                  <td className="py-1 pr-3">{entry.stateBefore}</td>
                  <td className="py-1 pr-3">{entry.interval}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
