"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { sendJson } from "./send-json";

interface ActionButtonProps {
  readonly label: string;
  readonly method: "POST" | "DELETE";
  readonly url: string;
  /** Asked before sending; the action happens only when confirmed. */
  readonly confirm?: string;
  /** Where to go afterwards (default: stay and refresh). */
  readonly then?: string;
}

/** One button that sends one request (rotate a code, remove a member, leave a class…) and refreshes the page. */
export function ActionButton({ label, method, url, confirm, then }: ActionButtonProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  async function act() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    const result = await sendJson(method, url);
    setBusy(false);
    setError(result.message);
    if (!result.ok) return;
    if (then) router.push(then);
    else router.refresh();
  }
  return (
    <span className="inline-flex flex-col">
      <button type="button" className={`${secondaryButton} min-h-9 px-3 py-1 text-sm`} disabled={busy} onClick={act}>
        {label}
      </button>
      {error && <span role="status" className="text-sm text-red-700 dark:text-red-400">{error}</span>}
    </span>
  );
}
