/** Pushes one deck file: updates the caller's deck with the same slug, or creates it. */
import { deckSlugOf, parseDeckMarkdown } from "../../decks/parse-deck-markdown";
import { deckIdFromFile } from "../../notes/index";
import type { ApiCall } from "./api-client";
import type { PushOutcome } from "./push-line";

export interface OwnedDeck {
  id: string;
  slug: string;
  revision: number;
}

interface SaveAnswer {
  id: string;
  revision: number;
  added: number;
  changed: number;
  retired: number;
  unchanged: boolean;
  issues: { line: number; message: string; severity?: string }[];
}

export type PushResult =
  | { ok: true; outcome: PushOutcome; warnings: { line: number; message: string }[] }
  | { ok: false; line: number; message: string; status: number };

export async function pushDeck(call: ApiCall, file: string, markdown: string, owned: ReadonlyMap<string, OwnedDeck>, dryRun: boolean): Promise<PushResult> {
  const fallback = deckIdFromFile(file);
  const slug = deckSlugOf(parseDeckMarkdown(markdown, fallback).meta, fallback);
  const existing = owned.get(slug);
  const answer = existing
    ? await call<SaveAnswer>("PUT", `/api/v1/decks/${existing.id}`, { markdown, baseRevision: existing.revision, dryRun })
    : await call<SaveAnswer>("POST", "/api/v1/decks", { markdown, slug: fallback, dryRun });
  if (answer.error || !answer.body) return { ok: false, line: answer.error?.line ?? 1, message: answer.error?.message ?? "no answer", status: answer.status };
  const body = answer.body;
  const action = body.unchanged ? "unchanged" : existing ? "updated" : "created";
  return {
    ok: true,
    outcome: { action, revision: body.revision, added: body.added, changed: body.changed, retired: body.retired, dryRun },
    warnings: body.issues.filter((issue) => issue.severity !== "error"),
  };
}
