"use client";

/**
 * The in-page terminal: xterm.js running Kubedeck's shell on a simulated cluster, all in the browser.
 * xterm.js, the engine and the shell are loaded when the terminal mounts (dynamic imports), so the
 * page's own JavaScript stays small. `kubectl edit` and `vi FILE` open an editor dialog (loaded on
 * first use); each finished line is reported through `onEntry` as a CommandEntry, so a session can
 * be recorded and replayed (graded) on the server.
 */
import "@xterm/xterm/css/xterm.css";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Cluster } from "@/lib/cluster";
import type { CommandEntry, EditRequest, Shell, ShellResult } from "@/lib/kubectl";

const TerminalEditDialog = lazy(() => import("./terminal-edit-dialog"));

export interface KubectlTerminalProps {
  /** Workers of the default cluster (when `makeCluster` is not given). */
  workers?: number;
  /** Builds the cluster the shell runs on; called again on every reset. Default: a fresh cluster of `workers` workers. */
  makeCluster?: () => Promise<Cluster>;
  /** Called after each line has run; for a line that opened the editor, after the editor closed. */
  onEntry?: (entry: CommandEntry) => void;
  /** Files written into the shell's home before the first prompt (`web.yaml` → /root/web.yaml). */
  files?: readonly { path: string; text: string }[];
  /** The first line the terminal shows. */
  greeting?: string;
  /** Changing it restarts the shell on a new cluster (from `makeCluster`). */
  resetKey?: number;
}

const DEFAULT_GREETING = "Kubedeck playground: a simulated cluster. `k` is kubectl; try `k get nodes`.";

/** What the terminal needs from the running session while the editor dialog is open. */
interface Live {
  readonly shell: Shell;
  readonly show: (result: ShellResult) => void;
  readonly prompt: () => void;
  readonly focus: () => void;
}

export function KubectlTerminal({ workers = 3, makeCluster, onEntry, files, greeting = DEFAULT_GREETING, resetKey = 0 }: KubectlTerminalProps) {
  const host = useRef<HTMLDivElement | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");
  const [edit, setEdit] = useState<EditRequest | null>(null);
  const live = useRef<Live | null>(null);
  // The line that opened the editor and the text last saved in it (what a replay needs).
  const editing = useRef<{ line: string; saved: string | null } | null>(null);
  // Props read when a session starts or a line finishes, without restarting the terminal when they change identity.
  const latest = useRef({ makeCluster, onEntry, files, greeting, workers });
  useEffect(() => {
    latest.current = { makeCluster, onEntry, files, greeting, workers };
  });

  useEffect(() => {
    let disposed = false;
    let cleanup = (): void => {};
    setStatus("loading");
    setEdit(null);
    editing.current = null;
    void (async () => {
      try {
        const [{ Terminal }, { FitAddon }, { createCluster }, { createShell, loadExplainDocs, PROGRAM_NAMES }, { LineEditor }, { complete }] = await Promise.all([
          import("@xterm/xterm"), import("@xterm/addon-fit"), import("@/lib/cluster"), import("@/lib/kubectl"), import("@/lib/kubectl/line-editor"), import("@/lib/kubectl/complete"),
        ]);
        // kubectl explain's field documentation is a separate chunk: fetched now, in the background.
        void loadExplainDocs();
        const start = latest.current;
        const cluster = start.makeCluster ? await start.makeCluster() : createCluster({ workers: start.workers });
        if (disposed || !host.current) return;
        const shell = createShell(cluster);
        for (const f of start.files ?? []) shell.session.files.write(f.path, f.text);
        const terminal = new Terminal({ convertEol: true, cursorBlink: true, fontSize: 14, scrollback: 5000, theme: { background: "#0f172a" } });
        const fit = new FitAddon();
        terminal.loadAddon(fit);
        terminal.open(host.current);
        fit.fit();
        const prompt = (): string => `${shell.session.namespace === "default" ? "" : `(${shell.session.namespace}) `}controlplane:~$ `;
        const editor = new LineEditor(() => shell.session.history, (text) => shell.isComplete(text), prompt, (line) => complete(shell, line, PROGRAM_NAMES));
        const show = (result: ShellResult): void => {
          for (const chunk of result.chunks) terminal.write(chunk.stream === "stderr" ? `\u001b[31m${chunk.text}\u001b[0m` : chunk.text);
        };
        live.current = { shell, show, prompt: () => terminal.write(editor.currentPrompt()), focus: () => terminal.focus() };
        terminal.write(`${start.greeting}\r\n${prompt()}`);
        const input = terminal.onData((data) => {
          if (shell.pendingEdit) return;
          const step = editor.feed(data);
          terminal.write(step.echo);
          if (step.submit === undefined) return;
          const result = shell.run(step.submit);
          show(result);
          if (result.edit) {
            editing.current = { line: step.submit, saved: null };
            setEdit(result.edit);
            return;
          }
          latest.current.onEntry?.({ line: step.submit });
          terminal.write(editor.currentPrompt());
        });
        const resize = (): void => fit.fit();
        window.addEventListener("resize", resize);
        terminal.focus();
        setStatus("ready");
        cleanup = () => {
          window.removeEventListener("resize", resize);
          input.dispose();
          terminal.dispose();
          live.current = null;
        };
      } catch (error) {
        console.error(error);
        if (!disposed) setStatus("failed");
      }
    })();
    return () => {
      disposed = true;
      cleanup();
    };
  }, [resetKey]);

  const closeEditor = useCallback((saved: string | null): void => {
    const session = live.current;
    const opened = editing.current;
    if (!session || !opened) return;
    if (saved !== null) opened.saved = saved;
    const result = session.shell.finishEdit(saved);
    session.show(result);
    if (result.edit) {
      setEdit(result.edit);
      return;
    }
    setEdit(null);
    editing.current = null;
    latest.current.onEntry?.({ line: opened.line, edited: opened.saved });
    session.prompt();
    session.focus();
  }, []);

  return (
    <div>
      {status === "loading" && <p className="text-sm text-slate-500">Starting the cluster…</p>}
      {status === "failed" && <p role="alert" className="text-sm text-red-600">The terminal could not start. Reload the page to try again.</p>}
      <div ref={host} data-testid="kubectl-terminal" aria-label="Terminal" role="region" className="h-[28rem] overflow-hidden rounded-lg bg-slate-900 p-2" />
      {edit && (
        <Suspense fallback={<p className="text-sm text-slate-500">Opening the editor…</p>}>
          <TerminalEditDialog key={`${edit.path}\u0000${edit.text}`} request={edit} onClose={closeEditor} />
        </Suspense>
      )}
    </div>
  );
}
