"use client";

/**
 * The terminal's editor: what `kubectl edit` and `vi FILE` open, as a modal dialog with a YAML editor.
 * Save is `:wq` (Ctrl+S), Cancel is `:q!` (Esc). Loaded only when an edit opens.
 */
import { yaml } from "@codemirror/lang-yaml";
import CodeMirror from "@uiw/react-codemirror";
import { useEffect, useId, useRef, useState } from "react";
import type { EditRequest } from "@/lib/kubectl";
import { primaryButton, secondaryButton } from "./button-classes";

interface TerminalEditDialogProps {
  request: EditRequest;
  /** The text saved, or null when the learner cancelled. */
  onClose: (saved: string | null) => void;
}

const EXTENSIONS = [yaml()];

export default function TerminalEditDialog({ request, onClose }: TerminalEditDialogProps) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [text, setText] = useState(request.text);
  const titleId = useId();
  const helpId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  // The modal closes before the shell goes on, so the terminal can take the focus back at once.
  const close = (saved: string | null): void => {
    dialog.current?.close();
    onClose(saved);
  };

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      close(text);
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={helpId}
      onCancel={(event) => { event.preventDefault(); close(null); }}
      onKeyDown={onKeyDown}
      className="m-auto w-[min(56rem,95vw)] rounded-lg bg-white p-4 text-slate-900 shadow-xl backdrop:bg-slate-900/60 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="font-mono text-base font-semibold">{request.kind === "object" ? "kubectl edit: " : "Editing "}{request.path}</h2>
      <p id={helpId} className="mb-2 text-sm text-slate-600 dark:text-slate-300">
        {request.kind === "object"
          ? "Save applies your change to the cluster as kubectl edit does; lines starting with # are ignored."
          : "Save writes the file."}{" "}
        Save: Ctrl+S. Cancel (no changes): Esc.
      </p>
      <div className="overflow-hidden rounded border border-slate-300 text-sm dark:border-slate-700">
        <CodeMirror value={text} onChange={setText} extensions={EXTENSIONS} height="24rem" autoFocus aria-label={`Contents of ${request.path}`} basicSetup={{ lineNumbers: true, foldGutter: true }} />
      </div>
      <div className="mt-3 flex justify-end gap-2">
        <button type="button" className={secondaryButton} onClick={() => close(null)}>Cancel</button>
        <button type="button" className={primaryButton} onClick={() => close(text)}>Save</button>
      </div>
    </dialog>
  );
}
