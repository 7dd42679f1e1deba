"use client";

/**
 * The scenario's terminal: the shell on the scenario's starting cluster, built in the browser from
 * the nodes and given manifests only (never solutions or wrong answers). The terminal component (and
 * with it xterm.js, the engine and the shell) is loaded when this mounts, that is when the learner
 * opens the terminal.
 */
import dynamic from "next/dynamic";
import { useCallback } from "react";
import type { CommandEntry } from "@/lib/kubectl/shell/transcript";
import type { StartingCluster } from "@/lib/scenarios/types";

const KubectlTerminal = dynamic(() => import("@/app/_components/kubectl-terminal").then((module) => module.KubectlTerminal), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-500">Loading the terminal…</p>,
});

export interface ScenarioTerminalProps {
  scenarioId: string;
  cluster: StartingCluster;
  /** The seed grading uses, so pod names and addresses match when the session is replayed. */
  seed: number;
  files: readonly { path: string; text: string }[];
  resetKey: number;
  onEntry: (entry: CommandEntry) => void;
}

export function ScenarioTerminal({ scenarioId, cluster, seed, files, resetKey, onEntry }: ScenarioTerminalProps) {
  const makeCluster = useCallback(async () => {
    const { startingCluster } = await import("@/lib/scenarios/build-cluster");
    return startingCluster({ id: scenarioId, cluster }, seed);
  }, [scenarioId, cluster, seed]);
  return (
    <KubectlTerminal
      makeCluster={makeCluster}
      files={files}
      resetKey={resetKey}
      onEntry={onEntry}
      greeting={files.length > 0 ? "The task's starting cluster; `k` is kubectl and ~/answer.yaml holds your manifests." : "The task's starting cluster; `k` is kubectl. Submit grades what you run here."}
    />
  );
}
