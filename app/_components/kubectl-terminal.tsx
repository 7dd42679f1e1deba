"use client";

/**
 * The in-page terminal: xterm.js running Kubedeck's shell on a simulated cluster, all in the browser.
 * xterm.js, the engine and the shell are loaded when the terminal mounts (dynamic imports), so the
 * page's own JavaScript stays small.
 */
import "@xterm/xterm/css/xterm.css";
import { useEffect, useRef, useState } from "react";

export function KubectlTerminal({ workers = 3 }: { workers?: number }) {
  const host = useRef<HTMLDivElement | null>(null);
  const [status, setStatus] = useState<"loading" | "ready" | "failed">("loading");

  useEffect(() => {
    let disposed = false;
    let cleanup = (): void => {};
    void (async () => {
      try {
        const [{ Terminal }, { FitAddon }, { createCluster }, { createShell, PROGRAM_NAMES }, { LineEditor }, { complete }] = await Promise.all([
          import("@xterm/xterm"), import("@xterm/addon-fit"), import("@/lib/cluster"), import("@/lib/kubectl"), import("@/lib/kubectl/line-editor"), import("@/lib/kubectl/complete"),
        ]);
        if (disposed || !host.current) return;
        const shell = createShell(createCluster({ workers }));
        const terminal = new Terminal({ convertEol: true, cursorBlink: true, fontSize: 14, scrollback: 5000, theme: { background: "#0f172a" } });
        const fit = new FitAddon();
        terminal.loadAddon(fit);
        terminal.open(host.current);
        fit.fit();
        const prompt = (): string => `${shell.session.namespace === "default" ? "" : `(${shell.session.namespace}) `}controlplane:~$ `;
        const editor = new LineEditor(() => shell.session.history, (text) => shell.isComplete(text), prompt, (line) => complete(shell, line, PROGRAM_NAMES));
        terminal.write(`Kubedeck playground: a simulated cluster. \`k\` is kubectl; try \`k get nodes\`.\r\n${prompt()}`);
        const input = terminal.onData((data) => {
          const step = editor.feed(data);
          terminal.write(step.echo);
          if (step.submit === undefined) return;
          const result = shell.run(step.submit);
          for (const chunk of result.chunks) terminal.write(chunk.stream === "stderr" ? `\u001b[31m${chunk.text}\u001b[0m` : chunk.text);
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
  }, [workers]);

  return (
    <div>
      {status === "loading" && <p className="text-sm text-slate-500">Starting the cluster…</p>}
      {status === "failed" && <p role="alert" className="text-sm text-red-600">The terminal could not start. Reload the page to try again.</p>}
      <div ref={host} data-testid="kubectl-terminal" aria-label="Terminal" role="region" className="h-[28rem] overflow-hidden rounded-lg bg-slate-900 p-2" />
    </div>
  );
}
