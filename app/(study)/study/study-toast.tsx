"use client";

import { useEffect } from "react";

export interface Toast {
  /** Changes with every toast, so the same message twice still restarts the timer. */
  id: number;
  message: string;
  /** Offer an Undo button (after bury and suspend). */
  undoable: boolean;
}

const SHOWN_MS = 8_000;

/** A short confirmation at the foot of the card, with Undo when the action can be undone (Z does the same). */
export function StudyToast({ toast, onUndo, onClose }: { toast: Toast | null; onUndo: () => void; onClose: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onClose, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [toast, onClose]);
  return (
    <div role="status" aria-live="polite" data-testid="study-toast" className="min-h-11">
      {toast && (
        <p className="flex flex-wrap items-center gap-3 rounded bg-slate-800 px-4 py-2 text-sm text-white dark:bg-slate-200 dark:text-slate-900">
          <span>{toast.message}</span>
          {toast.undoable && (
            <button type="button" className="min-h-11 rounded px-3 font-semibold underline" onClick={onUndo}>
              Undo <span className="key-hint text-xs opacity-70">(Z)</span>
            </button>
          )}
        </p>
      )}
    </div>
  );
}
