"use client";

/**
 * Where the learner works on a scenario: the manifest editor and the terminal. A manifest scenario
 * leads with the editor and opens the terminal on request (its code loads only then); a command task
 * leads with the terminal and keeps the editor as an optional file. Once opened, the terminal stays
 * mounted while the learner switches tabs, so its cluster and history stay.
 */
import { useState, type KeyboardEvent } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { ManifestEditor } from "@/app/_components/manifest-editor";
import type { CommandEntry } from "@/lib/kubectl/shell/transcript";
import type { StartingCluster } from "@/lib/scenarios/types";
import { ScenarioTerminal } from "./scenario-terminal";

export interface AnswerWorkspaceProps {
  scenarioId: string;
  kind: "manifests" | "commands";
  cluster: StartingCluster;
  seed: number;
  answer: string;
  onAnswerChange: (text: string) => void;
  commandCount: number;
  onEntry: (entry: CommandEntry) => void;
  /** Starts the terminal over on a fresh starting cluster; the page forgets the recorded commands. */
  onReset: () => void;
}

type Tab = "manifests" | "terminal";

const TABS: readonly { id: Tab; label: string }[] = [{ id: "manifests", label: "Manifests" }, { id: "terminal", label: "Terminal" }];

const shellFiles = (answer: string): { path: string; text: string }[] => (answer.trim() === "" ? [] : [{ path: "answer.yaml", text: answer }]);

const tabClass = (selected: boolean): string =>
  `min-h-11 rounded-t border-b-2 px-4 py-2 text-sm font-medium ${selected ? "border-sky-600 text-sky-700 dark:text-sky-300" : "border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-300"}`;

export function AnswerWorkspace({ scenarioId, kind, cluster, seed, answer, onAnswerChange, commandCount, onEntry, onReset }: AnswerWorkspaceProps) {
  const [tab, setTab] = useState<Tab>(kind === "commands" ? "terminal" : "manifests");
  const [opened, setOpened] = useState(kind === "commands");
  const [resetKey, setResetKey] = useState(0);
  // The editor's text as the shell's ~/answer.yaml, taken when the terminal starts or restarts (not per keystroke).
  const [files, setFiles] = useState(() => shellFiles(answer));

  const open = (next: Tab): void => {
    setTab(next);
    if (next === "terminal" && !opened) {
      setFiles(shellFiles(answer));
      setOpened(true);
    }
  };
  // Arrow keys move between the tabs, as the WAI-ARIA tabs pattern has it.
  const onTabKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next = tab === "manifests" ? "terminal" : "manifests";
    open(next);
    document.getElementById(`tab-${next}`)?.focus();
  };
  const reset = (): void => {
    setFiles(shellFiles(answer));
    setResetKey((key) => key + 1);
    onReset();
  };

  const editor = <ManifestEditor value={answer} onChange={onAnswerChange} label={kind === "commands" ? "Manifests applied after your commands (optional)" : "Your manifests (YAML)"} />;
  const terminal = opened && (
    <div className="space-y-2">
      <ScenarioTerminal scenarioId={scenarioId} cluster={cluster} seed={seed} files={files} resetKey={resetKey} onEntry={onEntry} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <button type="button" className={secondaryButton} onClick={reset}>Reset cluster</button>
        <span className="text-slate-500" data-testid="command-count">{commandCount === 1 ? "1 command recorded" : `${commandCount} commands recorded`}</span>
      </div>
    </div>
  );

  if (kind === "commands") {
    return (
      <div className="space-y-3">
        {terminal}
        <details className="rounded border border-slate-200 p-3 dark:border-slate-800">
          <summary className="cursor-pointer text-sm font-medium">Manifest editor (optional: applied on top of what you ran)</summary>
          <div className="mt-2">{editor}</div>
        </details>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <div role="tablist" aria-label="Answer with" className="flex gap-1 border-b border-slate-200 dark:border-slate-800" onKeyDown={onTabKey}>
        {TABS.map(({ id, label }) => (
          <button key={id} type="button" role="tab" id={`tab-${id}`} aria-selected={tab === id} aria-controls={`panel-${id}`} tabIndex={tab === id ? 0 : -1} className={tabClass(tab === id)} onClick={() => open(id)}>
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="panel-manifests" aria-labelledby="tab-manifests" hidden={tab !== "manifests"}>{editor}</div>
      <div role="tabpanel" id="panel-terminal" aria-labelledby="tab-terminal" hidden={tab !== "terminal"}>
        {terminal}
        <p className="mt-2 text-xs text-slate-500">Your commands are replayed on the starting cluster at Submit, then the manifests in the editor are applied on top.</p>
      </div>
    </div>
  );
}
