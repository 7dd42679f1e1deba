/** The learner's commands as grading replayed them on the starting cluster, with what each printed. */
export interface TranscriptEntry {
  line: string;
  output: string;
  code: number;
}

export function CommandTranscript({ transcript }: { transcript: readonly TranscriptEntry[] }) {
  if (transcript.length === 0) return null;
  const failed = transcript.filter((entry) => entry.code !== 0).length;
  return (
    <details className="rounded border border-slate-200 p-3 dark:border-slate-800" data-testid="command-transcript">
      <summary className="cursor-pointer text-sm font-medium">
        Your commands, as grading replayed them ({transcript.length}{failed > 0 ? `, ${failed} failed` : ""})
      </summary>
      <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-900 p-3 text-xs text-slate-100">
        {transcript.map((entry, index) => (
          <span key={index} className="block">
            <span className="text-sky-300">$ {entry.line}</span>
            {"\n"}
            <span className={entry.code === 0 ? "" : "text-red-300"}>{entry.output}</span>
          </span>
        ))}
      </pre>
    </details>
  );
}
