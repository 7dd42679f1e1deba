import { Markdown } from "@/app/_components/markdown";

export interface SolutionView {
  title: string;
  files: { file: string; text: string }[];
  /** The reference command sequence, for a solution done at the terminal. */
  commands?: { line: string; edited?: string | null; editPatch?: string }[];
  explanation: string;
}

/** A reference command as a session shows it, with the change its edit made. */
function commandText(entry: NonNullable<SolutionView["commands"]>[number]): string {
  const edit = entry.editPatch ? `\n# the change made in the editor:\n${entry.editPatch}` : entry.edited ? `\n# saved in the editor:\n${entry.edited}` : entry.edited === null ? "\n# (editor closed without saving)" : "";
  return `$ ${entry.line}${edit}`;
}

/** Reference solutions, shown once the learner has passed. */
export function SolutionsView({ solutions }: { solutions: SolutionView[] }) {
  return (
    <section aria-label="Reference solution" className="space-y-3">
      <h2 className="text-lg font-medium">Reference solution{solutions.length > 1 ? "s" : ""}</h2>
      {solutions.map((solution) => (
        <div key={solution.title} className="space-y-2 rounded border border-slate-200 p-3 dark:border-slate-800">
          <p className="font-medium">{solution.title}</p>
          <Markdown text={solution.explanation} className="text-sm" />
          {solution.commands && solution.commands.length > 0 && (
            <pre className="overflow-x-auto rounded bg-slate-900 p-3 text-xs text-slate-100"><code>{solution.commands.map(commandText).join("\n")}</code></pre>
          )}
          {solution.files.map((file) => (
            <pre key={file.file} className="overflow-x-auto rounded bg-slate-100 p-3 text-xs dark:bg-slate-900"><code>{file.text}</code></pre>
          ))}
        </div>
      ))}
    </section>
  );
}
