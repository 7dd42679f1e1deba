"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { primaryButton } from "@/app/_components/button-classes";
import { explainQueue } from "@/lib/decks/queue-explanation";
import { gradeAnswer, type Rating } from "@/lib/decks/quiz-grading";
import type { StudyQueuePayload } from "@/lib/decks/study-payload";
import { CardFace } from "./card-face";
import { RatingBar } from "./rating-bar";
import { forgetPending, loadPending, rememberPending, ReviewRejected, sendReview, type PendingReview } from "./review-sender";
import { doneMessage, tallyOf, undoneMessage, type SessionAction } from "./session-actions";
import { SessionSummary } from "./session-summary";
import { applyCardAction, fetchQueue, undoReview } from "./study-requests";
import { StudyControls } from "./study-controls";
import { StudyToast, type Toast } from "./study-toast";
import { activatesItself, isTyping, useKeyHandler } from "./use-key-handler";

const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000, 30_000];
type Busy = "saving" | "undoing" | "acting" | null;

export function StudyClient({ initial, decks }: { initial: StudyQueuePayload; decks: string[] }) {
  const [queue, setQueue] = useState(initial);
  const [revealed, setRevealed] = useState(false);
  const [mcqPick, setMcqPick] = useState<number | null>(null);
  const [busy, setBusyState] = useState<Busy>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [actions, setActions] = useState<readonly SessionAction[]>([]);
  const [undone, setUndone] = useState(0);
  const shownAt = useRef(0);
  const clientId = useRef("");
  const rootRef = useRef<HTMLDivElement>(null);
  const showAnswerRef = useRef<HTMLButtonElement>(null);
  const defaultRatingRef = useRef<HTMLButtonElement>(null);
  /** Focus follows the next key press after a learner's action (never on first load: Tab reaches the skip link first). */
  const moveFocus = useRef(false);
  // Read synchronously by key presses, which can arrive before React re-renders with the new state.
  const busyRef = useRef<Busy>(null);
  const undoAfterSave = useRef(false);
  const stack = useRef<SessionAction[]>([]);
  const undoRef = useRef<() => Promise<void>>(async () => {});
  const shown = queue.next;
  const card = shown?.card ?? null;
  const grade = card ? gradeAnswer(card, mcqPick) : null;

  const setBusy = useCallback((value: Busy) => {
    busyRef.current = value;
    setBusyState(value);
  }, []);
  const syncActions = useCallback(() => setActions([...stack.current]), []);
  const say = useCallback((message: string, undoable = false) => setToast({ id: Date.now() + Math.random(), message, undoable }), []);

  const showCard = useCallback((next: StudyQueuePayload) => {
    setQueue(next);
    setRevealed(false);
    setMcqPick(null);
    moveFocus.current = true;
    shownAt.current = performance.now();
    clientId.current = crypto.randomUUID();
  }, []);

  const deliver = useCallback(
    async (review: PendingReview, attempt = 0): Promise<void> => {
      setBusy("saving");
      try {
        const next = await sendReview(review);
        forgetPending(review.clientId);
        setBusy(null);
        setProblem(null);
        if (undoAfterSave.current) {
          // Z came while this answer was saving: undo it straight away, without flashing the next card.
          undoAfterSave.current = false;
          setQueue((old) => ({ ...old, counts: next.counts }));
          void undoRef.current();
          return;
        }
        showCard(next);
      } catch (error) {
        if (error instanceof ReviewRejected) {
          forgetPending(review.clientId);
          stack.current = stack.current.filter((action) => action.kind !== "review" || action.clientId !== review.clientId);
          syncActions();
          undoAfterSave.current = false;
          setBusy(null);
          setProblem(`${error.message} This answer was not recorded.`);
          return;
        }
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 30_000;
        setProblem(`Your answer is not saved yet (${(error as Error).message || "network error"}). Retrying in ${delay / 1000} s…`);
        window.setTimeout(() => void deliver(review, attempt + 1), delay);
      }
    },
    [showCard, setBusy, syncActions],
  );

  useEffect(() => {
    shownAt.current = performance.now();
    clientId.current = crypto.randomUUID();
    // An answer left unsent by a closed tab is delivered, but it belongs to the earlier session: not undoable here.
    const [leftover] = loadPending();
    if (leftover) void deliver(leftover);
  }, [deliver]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!shown || !revealed || !grade || busyRef.current) return;
      if (!grade.choices.some((choice) => choice.rating === rating)) return;
      const review: PendingReview = { clientId: clientId.current, cardId: shown.card.id, rating, durationMs: Math.round(performance.now() - shownAt.current), decks };
      rememberPending(review);
      stack.current.push({ kind: "review", clientId: review.clientId, rating, correct: grade.correct, shown });
      syncActions();
      void deliver(review);
    },
    [shown, revealed, grade, decks, deliver, syncActions],
  );

  const undo = useCallback(async () => {
    if (busyRef.current === "saving") {
      undoAfterSave.current = true;
      setBusy("undoing");
      return;
    }
    if (busyRef.current !== null) return; // one undo or card action at a time
    const action = stack.current.at(-1);
    if (!action) return say("Nothing to undo in this session yet.");
    setBusy("undoing");
    try {
      let next: StudyQueuePayload;
      if (action.kind === "review") {
        next = await undoReview(decks, action.clientId);
      } else {
        await applyCardAction(action.shown.card.id, action.kind === "bury" ? "unbury" : "unsuspend");
        next = { ...(await fetchQueue(decks)), next: action.shown };
      }
      stack.current.pop();
      syncActions();
      setUndone((count) => count + 1);
      setProblem(null);
      showCard(next);
      say(undoneMessage(action));
    } catch (error) {
      setProblem(`${(error as Error).message || "Could not reach the server to undo."} Nothing was undone.`);
    } finally {
      setBusy(null);
    }
  }, [decks, showCard, say, setBusy, syncActions]);
  useEffect(() => {
    undoRef.current = undo;
  }, [undo]);

  const act = useCallback(
    async (kind: "bury" | "suspend") => {
      if (!shown || busyRef.current) return;
      setBusy("acting");
      try {
        await applyCardAction(shown.card.id, kind);
        const action: SessionAction = { kind, shown };
        stack.current.push(action);
        syncActions();
        const next = await fetchQueue(decks);
        setProblem(null);
        showCard(next);
        say(doneMessage(action), true);
      } catch (error) {
        setProblem((error as Error).message);
      } finally {
        setBusy(null);
      }
    },
    [shown, decks, showCard, say, setBusy, syncActions],
  );

  const pick = useCallback((index: number) => {
    setMcqPick(index);
    setRevealed(true);
    moveFocus.current = true;
  }, []);
  const reveal = useCallback(() => {
    setRevealed(true);
    moveFocus.current = true;
  }, []);

  const keysReady = useCallback(() => rootRef.current?.setAttribute("data-keys-ready", "true"), []);
  const closeToast = useCallback(() => setToast(null), []);
  useKeyHandler(
    (event) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const confirm = key === " " || key === "enter";
      // A focused button or link answers Space and Enter itself (focus sits on the next step).
      if (activatesItself(event.target, key)) return;
      if (key === "z") return void (event.preventDefault(), undo());
      if (!card || !grade) return;
      const digit = Number(key);
      if (!revealed) {
        if (card.kind === "mcq" && digit >= 1 && digit <= (card.options?.length ?? 0)) return void (event.preventDefault(), pick(digit - 1));
        if (confirm && card.kind !== "mcq" && card.kind !== "scenario") return void (event.preventDefault(), reveal());
        return;
      }
      if (digit >= 1 && digit <= 4) return void (event.preventDefault(), rate(digit as Rating));
      if (confirm && card.kind !== "scenario") return void (event.preventDefault(), rate(grade.defaultRating));
    },
    keysReady,
  );

  // A layout effect, so focus has moved before the new card is painted: a passive one could still be
  // pending when the next key arrives (a slow answer on a loaded machine), run first with the previous
  // `revealed`, use up the request and leave focus on the card instead of the default rating.
  useLayoutEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    const target = revealed ? defaultRatingRef.current : showAnswerRef.current;
    (target ?? document.getElementById("card"))?.focus();
  }, [revealed, shown]);

  const { counts } = queue;
  const explanation = queue.limits ? explainQueue(counts, queue.limits) : "";
  const canAct = busy === null;
  return (
    <div ref={rootRef} className="space-y-4" data-testid="study" data-busy={busy ?? undefined}>
      <p className="flex flex-wrap gap-3 text-sm" aria-live="polite" data-testid="queue-counts">
        <span className="text-sky-700 dark:text-sky-400">{counts.new} new</span>
        <span className="text-red-700 dark:text-red-400">{counts.learning} learning</span>
        <span className="text-emerald-700 dark:text-emerald-400">{counts.review} to review</span>
      </p>
      {explanation && <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="queue-explanation">{explanation}.</p>}
      {problem && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">{problem}</p>}
      {shown && card && grade ? (
        <article id="card" tabIndex={-1} aria-label="Card" aria-busy={busy !== null} className="space-y-6 rounded-lg border border-slate-200 p-5 outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-800">
          <p className="text-xs uppercase tracking-wide text-slate-500" data-testid="card-label">{shown.deckTitle} · {shown.queueKind}</p>
          <CardFace card={card} revealed={revealed} mcqPick={mcqPick} onPick={pick} />
          {card.kind === "scenario" ? (
            <p className="text-sm">
              <a className={primaryButton} href={`/scenarios/${encodeURIComponent(card.key)}`}>Open the scenario</a>
              <span className="ml-3 text-slate-600 dark:text-slate-400">Submitting it schedules the next review: passed → Good, passed with hints → Hard, failed → Again.</span>
            </p>
          ) : null}
          {grade.correct !== null && revealed && (
            <p className={`font-medium ${grade.correct ? "text-emerald-700 dark:text-emerald-400" : "text-red-700 dark:text-red-400"}`} data-testid="quiz-verdict">
              {grade.correct ? "Right." : "Wrong pick: rated Again unless you override it with Hard."}
            </p>
          )}
          {!revealed && card.kind !== "mcq" && card.kind !== "scenario" && (
            <button ref={showAnswerRef} type="button" className={`${primaryButton} w-full`} onClick={reveal}>
              Show answer <span className="key-hint ml-2 text-xs opacity-80">(Space)</span>
            </button>
          )}
          {revealed && card.kind !== "scenario" && (
            <RatingBar choices={grade.choices} previews={shown.previews} defaultRating={grade.defaultRating} disabled={!canAct} onRate={rate} defaultRef={defaultRatingRef} />
          )}
        </article>
      ) : (
        <div id="card" tabIndex={-1} className="space-y-4 outline-none">
          <SessionSummary tally={tallyOf(actions)} undone={undone} queue={queue} />
        </div>
      )}
      <StudyToast toast={toast} onUndo={() => void undo()} onClose={closeToast} />
      <StudyControls
        cardId={card?.id ?? null}
        busy={busy}
        canUndo={actions.length > 0}
        onUndo={() => void undo()}
        onBury={() => void act("bury")}
        onSuspend={() => void act("suspend")}
      />
    </div>
  );
}
