"use client";

import { secondaryButton } from "@/app/_components/button-classes";

interface StudyControlsProps {
  cardId: string | null;
  busy: "saving" | "undoing" | "acting" | null;
  canUndo: boolean;
  onUndo: () => void;
  onBury: () => void;
  onSuspend: () => void;
}

/** Under the card: Undo (Z), bury, suspend, card info, and what is being saved. */
export function StudyControls({ cardId, busy, canUndo, onUndo, onBury, onSuspend }: StudyControlsProps) {
  const idle = busy === null;
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      <button type="button" className={secondaryButton} onClick={onUndo} disabled={!idle || !canUndo}>
        Undo <span className="key-hint ml-2 text-xs opacity-70">(Z)</span>
      </button>
      {cardId && (
        <>
          <button type="button" className={secondaryButton} onClick={onBury} disabled={!idle}>
            Bury until tomorrow
          </button>
          <button type="button" className={secondaryButton} onClick={onSuspend} disabled={!idle}>
            Suspend
          </button>
          <a className={secondaryButton} href={`/cards/${cardId}`}>
            Card info
          </a>
        </>
      )}
      {busy && <span className="self-center text-slate-500">{busy === "undoing" ? "Undoing…" : "Saving…"}</span>}
    </div>
  );
}
