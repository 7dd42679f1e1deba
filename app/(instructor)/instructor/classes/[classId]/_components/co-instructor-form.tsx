"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { secondaryButton } from "@/app/_components/button-classes";
import { FormField } from "@/app/_components/form-field";
import { sendJson } from "@/app/_components/send-json";

/** Adds a co-instructor by the email of their instructor account. */
export function CoInstructorForm({ classId }: { classId: string }) {
  const router = useRouter();
  const [error, setError] = useState("");
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const result = await sendJson("POST", `/api/v1/classes/${classId}/instructors`, { email: String(new FormData(form).get("email") ?? "") });
    setError(result.message);
    if (result.ok) {
      form.reset();
      router.refresh();
    }
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label="Add a co-instructor">
      <div className="min-w-64 flex-1">
        <FormField label="Co-instructor's email" name="email" type="email" required error={error || undefined} />
      </div>
      <button type="submit" className={secondaryButton}>Add co-instructor</button>
    </form>
  );
}
