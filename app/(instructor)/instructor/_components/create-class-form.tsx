"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";
import { sendJson } from "@/app/_components/send-json";

/** "New class": a name, then straight to the class's page with its join link. */
export function CreateClassForm() {
  const router = useRouter();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "");
    setBusy(true);
    const result = await sendJson("POST", "/api/v1/classes", { name });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.push(`/instructor/classes/${(result.data as { id: string }).id}`);
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Create a class">
      <div className="min-w-64 flex-1">
        <FormField label="Class name" name="name" placeholder="CKA prep, spring cohort" required maxLength={100} error={error || undefined} />
      </div>
      <button type="submit" className={primaryButton} disabled={busy}>Create class</button>
    </form>
  );
}
