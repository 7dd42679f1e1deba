"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import type { CardAction } from "@/lib/server/cards/card-action-schema";

const DONE: Record<CardAction, string> = {
  suspend: "Suspended: the card will not come up until you unsuspend it.",
  unsuspend: "Unsuspended: the card is back in your reviews.",
  bury: "Buried until tomorrow's study day starts.",
  unbury: "Unburied: the card can come up today.",
  reset: "Reset: the card starts over as a new card (its history is kept).",
};

/** Suspend / unsuspend, bury / unbury and reset one card. */
export function CardActionsClient({ cardId, suspended, buried, studied }: { cardId: string; suspended: boolean; buried: boolean; studied: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: CardAction) {
    if (action === "reset" && !window.confirm("Reset this card? It will start over as a new card; its review history is kept.")) return;
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const response = await fetch(`/api/cards/${encodeURIComponent(cardId)}/actions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action }) });
      if (!response.ok) {
        const data = (await response.json().catch(() => ({}))) as { error?: string };
        return setError(data.error ?? `The server answered ${response.status}. Try again.`);
      }
      setMessage(DONE[action]);
      router.refresh();
    } catch {
      setError("Could not reach the server. Try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label="Card actions" className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => run(suspended ? "unsuspend" : "suspend")}>{suspended ? "Unsuspend" : "Suspend"}</button>
        <button type="button" className={secondaryButton} disabled={busy} onClick={() => run(buried ? "unbury" : "bury")}>{buried ? "Unbury" : "Bury until tomorrow"}</button>
        {studied && <button type="button" className={secondaryButton} disabled={busy} onClick={() => run("reset")}>Reset card</button>}
      </div>
      <div aria-live="polite">
        {message && <p role="status" className="text-sm text-green-700 dark:text-green-400">{message}</p>}
        {error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
      </div>
    </section>
  );
}
