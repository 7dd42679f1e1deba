import type { ReactNode, Ref } from "react";
import { rejectedDocuments } from "@/lib/scenarios/rejected-documents";
import type { GradeResult } from "@/lib/scenarios/types";
import { ClusterPictureView } from "./cluster-picture-view";

/**
 * The grade: API errors, each check with its explanation, the resulting cluster and its events;
 * for a timed task the time taken, and what the page adds (the replayed commands) after the checks.
 */
export function GradeReport({ result, ref, timeTaken, children }: { result: GradeResult; ref?: Ref<HTMLElement>; timeTaken?: string; children?: ReactNode }) {
  const rejected = rejectedDocuments(result.errors);
  return (
    <section ref={ref} tabIndex={-1} aria-label="Result" className="scroll-mt-4 space-y-4 outline-none">
      <h2 className={`text-xl font-semibold ${result.passed ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`}>
        {result.passed ? "Passed" : "Not passed yet"}
      </h2>
      {timeTaken && <p className="text-sm" data-testid="time-taken">{timeTaken}</p>}
      {rejected.length > 0 && (
        <div className="rounded border border-red-300 p-3 dark:border-red-800" data-testid="rejected-documents">
          <p className="font-medium">The API server rejected {rejected.length === 1 ? "1 document" : `${rejected.length} documents`}:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {rejected.map((document) => (
              <li key={`${document.file}:${document.line}`}>
                <span className="font-medium">{document.object || `the document at ${document.file}:${document.line}`}</span>
                <ul className="list-[circle] pl-5">
                  {document.errors.map((error, index) => (
                    <li key={index} className="break-words"><span className="font-mono">{document.file}:{error.line}</span> {error.text}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="space-y-2" aria-label="Checks">
        {result.checks.map((check) => (
          <li key={check.id} className="rounded border border-slate-200 p-3 dark:border-slate-800" data-testid="check-result">
            <p className="font-medium">
              <span aria-hidden>{check.passed ? "✓" : "✗"}</span> <span className="sr-only">{check.passed ? "passed:" : "failed:"}</span> {check.title}
            </p>
            <p className="mt-1 text-sm">{check.message}</p>
            {check.trace && check.trace.length > 0 && (
              <details className="mt-1 text-xs">
                <summary>How the cluster got there</summary>
                <ol className="list-decimal pl-5 font-mono">{check.trace.map((line, index) => <li key={index}>{line}</li>)}</ol>
              </details>
            )}
          </li>
        ))}
      </ul>
      {children}
      {result.objects && <ClusterPictureView picture={result.objects} label="Resulting cluster" />}
      {result.events.length > 0 && (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Events ({result.events.length})</summary>
          <div className="mt-2 overflow-x-auto" data-testid="scroll-box">
          <table className="w-full min-w-[32rem] text-left text-xs">
            <thead><tr><th>Type</th><th>Reason</th><th>Object</th><th>Message</th></tr></thead>
            <tbody>
              {result.events.map((event, index) => (
                <tr key={index} className="border-t border-slate-200 align-top dark:border-slate-800">
                  <td>{event.type}</td><td>{event.reason}</td><td className="font-mono">{event.object}</td><td>{event.message}{event.count > 1 ? ` (×${event.count})` : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </details>
      )}
    </section>
  );
}
