"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { sendJson } from "@/app/_components/send-json";

/** Joins the class, then shows the learner their dashboard with the class's assignments. */
export function JoinButton({ joinCode, className }: { joinCode: string; className: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  async function join() {
    setBusy(true);
    const result = await sendJson("POST", "/api/v1/classes/join", { joinCode });
    setBusy(false);
    if (result.ok) return router.push("/dashboard");
    setError(result.message);
  }
  return (
    <div className="space-y-2">
      <button type="button" className={primaryButton} onClick={join} disabled={busy}>Join {className}</button>
      {error && <p role="status" className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}
