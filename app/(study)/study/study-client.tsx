"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { primaryButton, secondaryButton } from "@/app/_components/button-classes";
import type { StudyQueuePayload } from "@/lib/decks/study-payload";
import { CardFace } from "./card-face";
import { RatingBar } from "./rating-bar";
import { forgetPending, loadPending, rememberPending, ReviewRejected, sendReview, type PendingReview } from "./review-sender";
import { SessionSummary, type SessionTally } from "./session-summary";

type Rating = 1 | 2 | 3 | 4;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function StudyClient({ initial, decks }: { initial: StudyQueuePayload; decks: string[] }) {
  const [queue, setQueue] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [mcqPick, setMcqPick] = useState<number | null>(null);
  const [saving, setSaving] = useState<PendingReview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [tally, setTally] = useState<SessionTally>({ reviewed: 0, byRating: { 1: 0, 2: 0, 3: 0, 4: 0 }, undone: 0 });
  const shownAt = useRef(0);
  const clientId = useRef("");
  const card = queue.next?.card ?? null;

  const showCard = useCallback((next: StudyQueuePayload) => {
    setQueue(next);
    setRevealed(false);
    setMcqPick(null);
    shownAt.current = performance.now();
    clientId.current = crypto.randomUUID();
  }, []);

  // Read synchronously by key presses, which can arrive before React re-renders with the new state.
  const inFlight = useRef<"saving" | "undoing" | null>(null);
  const undoAfterSave = useRef(false);
  const lastRecorded = useRef<string | undefined>(undefined);
  const undoRef = useRef<() => Promise<void>>(async () => {});
  const rootRef = useRef<HTMLDivElement>(null);

  const deliver = useCallback(
    async (review: PendingReview, attempt = 0): Promise<void> => {
      inFlight.current = "saving";
      setSaving(review);
      try {
        const next = await sendReview(review);
        forgetPending(review.clientId);
        inFlight.current = null;
        lastRecorded.current = review.clientId;
        setProblem(null);
        setSaving(null);
        showCard(next);
        if (undoAfterSave.current) {
          undoAfterSave.current = false;
          void undoRef.current();
        }
      } catch (error) {
        if (error instanceof ReviewRejected) {
          forgetPending(review.clientId);
          inFlight.current = null;
          undoAfterSave.current = false;
          setSaving(null);
          setProblem(`${error.message} This answer was not recorded.`);
          return;
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        setProblem(`Your answer is not saved yet (${(error as Error).message || "network error"}). Retrying in ${delay / 1000} s…`);
        window.setTimeout(() => void deliver(review, attempt + 1), delay);
      }
    },
    [showCard],
  );

  useEffect(() => {
    shownAt.current = performance.now();
    clientId.current = crypto.randomUUID();
    const [leftover] = loadPending();
    if (leftover) void deliver(leftover);
  }, [deliver]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !revealed || saving) return;
      const review: PendingReview = { clientId: clientId.current, cardId: card.id, rating, durationMs: Math.round(performance.now() - shownAt.current), decks };
      rememberPending(review);
      setTally((old) => ({ ...old, reviewed: old.reviewed + 1, byRating: { ...old.byRating, [rating]: old.byRating[rating] + 1 } }));
      void deliver(review);
    },
    [card, revealed, saving, decks, deliver],
  );

  const undo = useCallback(async () => {
    // Undo right after an answer waits for that answer to be saved, then undoes exactly it.
    if (inFlight.current === "saving") {
      undoAfterSave.current = true;
      return;
    }
    if (inFlight.current === "undoing") return;
    inFlight.current = "undoing";
    try {
      // The answer this page recorded last: the server undoes it only if it is still the newest review.
      const expected = lastRecorded.current;
      const response = await fetch("/api/reviews/undo", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ decks, clientId: expected }) });
      const body = (await response.json().catch(() => ({}))) as { queue?: StudyQueuePayload; error?: string };
      if (!response.ok || !body.queue) return setProblem(body.error ?? "Nothing to undo.");
      lastRecorded.current = undefined;
      setProblem(null);
      setTally((old) => ({ ...old, undone: old.undone + 1 }));
      showCard(body.queue);
    } catch {
      setProblem("Could not reach the server to undo. Nothing was undone; try again.");
    } finally {
      inFlight.current = null;
    }
  }, [decks, showCard]);
  useEffect(() => {
    undoRef.current = undo;
  }, [undo]);

  const act = useCallback(
    async (action: "bury" | "suspend") => {
      if (!card || saving) return;
      const response = await fetch(`/api/cards/${encodeURIComponent(card.id)}/actions`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action }) });
      if (!response.ok) return setProblem(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `Could not ${action} this card.`);
      const query = decks.map((id) => `deck=${encodeURIComponent(id)}`).join("&");
      const next = (await (await fetch(`/api/study${query ? `?${query}` : ""}`)).json()) as StudyQueuePayload;
      setProblem(null);
      showCard(next);
    },
    [card, saving, decks, showCard],
  );

  const suggested: Rating | null = card?.kind === "mcq" && mcqPick !== null ? (mcqPick === card.answer ? 3 : 1) : null;
  const pick = useCallback((index: number) => {
    setMcqPick(index);
    setRevealed(true);
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === "z") return void (event.preventDefault(), undo());
      if (!card) return;
      const digit = Number(key);
      if (!revealed) {
        if (card.kind === "mcq" && digit >= 1 && digit <= (card.options?.length ?? 0)) return void (event.preventDefault(), pick(digit - 1));
        if ((key === " " || key === "enter") && card.kind !== "mcq" && card.kind !== "scenario") return void (event.preventDefault(), setRevealed(true));
        return;
      }
      if (digit >= 1 && digit <= 4) return void (event.preventDefault(), rate(digit as Rating));
      if ((key === " " || key === "enter") && suggested) return void (event.preventDefault(), rate(suggested));
    }
    window.addEventListener("keydown", onKey);
    // Says the keys work now: the server-rendered page shows the card before the browser has hydrated it.
    rootRef.current?.setAttribute("data-keys-ready", "true");
    return () => window.removeEventListener("keydown", onKey);
  }, [card, revealed, rate, undo, pick, suggested]);

  const { counts } = queue;
  return (
    <div ref={rootRef} className="space-y-4" data-testid="study">
      <p className="flex flex-wrap gap-3 text-sm" aria-live="polite" data-testid="queue-counts">
        <span className="text-sky-700 dark:text-sky-400">{counts.new} new</span>
        <span className="text-red-700 dark:text-red-400">{counts.learning} learning</span>
        <span className="text-emerald-700 dark:text-emerald-400">{counts.review} to review</span>
      </p>
      {problem && <p role="status" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">{problem}</p>}
      {queue.next ? (
        <article aria-label="Card" className="space-y-6 rounded-lg border border-slate-200 p-5 dark:border-slate-800">
          <p className="text-xs uppercase tracking-wide text-slate-500">{queue.next.deckTitle} · {queue.next.queueKind}</p>
          <CardFace card={queue.next.card} revealed={revealed} mcqPick={mcqPick} onPick={pick} />
          {queue.next.card.kind === "scenario" ? (
            <p className="text-sm">
              <a className={primaryButton} href={`/scenarios/${encodeURIComponent(queue.next.card.key)}`}>Open the scenario</a>
              <span className="ml-3 text-slate-600 dark:text-slate-400">Submitting it schedules the next review: passed → Good, passed with hints → Hard, failed → Again.</span>
            </p>
          ) : null}
          {!revealed && queue.next.card.kind !== "mcq" && queue.next.card.kind !== "scenario" && (
            <button type="button" className={`${primaryButton} w-full`} onClick={() => setRevealed(true)}>
              Show answer <span className="ml-2 text-xs opacity-80">(Space)</span>
            </button>
          )}
          {revealed && queue.next.card.kind !== "scenario" && <RatingBar previews={queue.next.previews} suggested={suggested} disabled={saving !== null} onRate={rate} />}
        </article>
      ) : (
        <SessionSummary tally={tally} queue={queue} />
      )}
      <div className="flex flex-wrap gap-2 text-sm">
        <button type="button" className={secondaryButton} onClick={() => void undo()} disabled={saving !== null}>
          Undo last answer <span className="ml-2 text-xs opacity-70">(Z)</span>
        </button>
        {card && (
          <>
            <button type="button" className={secondaryButton} onClick={() => void act("bury")} disabled={saving !== null}>
              Bury until tomorrow
            </button>
            <button type="button" className={secondaryButton} onClick={() => void act("suspend")} disabled={saving !== null}>
              Suspend
            </button>
            <a className={secondaryButton} href={`/cards/${card.id}`}>
              Card info
            </a>
          </>
        )}
        {saving && <span className="self-center text-slate-500">Saving…</span>}
      </div>
    </div>
  );
}
