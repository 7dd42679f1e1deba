-- PostgreSQL only (hand-written; no SQLite migration: SQLite's review path runs in-process and needs no
-- such function). One answer to a card in ONE statement, for the review route's fast path
-- (lib/server/study/record-review-postgres.ts): the app has scheduled the answer from its kept copy of the
-- learner's study state, read at StudyVersion `expected_version`; this records it only if nothing changed
-- since. It locks the card's state row first and the learner's StudyVersion next (the order every other
-- writer takes them: the state row, then the version in its trigger), and writes only when the row is
-- still the one the copy holds (`state_id`/`state_version`, both NULL for a card never answered) and the
-- version is still `expected_version`. Otherwise it writes nothing and answers 'stale', and the app runs
-- its general transaction. A clientId already recorded answers 'duplicate' with that review. The
-- triggers of 20261207120000_init bump the StudyVersion as for any other write; 'recorded' answers it.
CREATE FUNCTION "kubedeck_record_review"(
    learner TEXT, card TEXT, client_id TEXT, expected_version INTEGER, state_id TEXT, state_version INTEGER,
    review_id TEXT, review_rating INTEGER, reviewed_at TIMESTAMP(3), duration_ms INTEGER,
    state_before TEXT, state_after TEXT, log_elapsed_days DOUBLE PRECISION, log_scheduled_days DOUBLE PRECISION,
    new_state_id TEXT, new_state TEXT, new_due TIMESTAMP(3), new_stability DOUBLE PRECISION, new_difficulty DOUBLE PRECISION,
    new_elapsed_days DOUBLE PRECISION, new_scheduled_days DOUBLE PRECISION, new_learning_steps INTEGER, new_reps INTEGER,
    new_lapses INTEGER, new_last_review TIMESTAMP(3), new_suspended BOOLEAN, new_buried_until TIMESTAMP(3), new_leech BOOLEAN)
RETURNS TABLE ("outcome" TEXT, "reviewId" TEXT, "reviewUserId" TEXT, "reviewStateAfter" TEXT, "studyVersion" INTEGER)
LANGUAGE plpgsql AS $$
DECLARE
    locked_id TEXT;
    locked_version INTEGER;
    current_version INTEGER;
BEGIN
    RETURN QUERY SELECT 'duplicate'::TEXT, r."id", r."userId", r."stateAfter", NULL::INTEGER FROM "ReviewLog" r WHERE r."clientId" = client_id;
    IF FOUND THEN
        RETURN;
    END IF;
    SELECT s."id", s."version" INTO locked_id, locked_version FROM "CardState" s WHERE s."userId" = learner AND s."cardId" = card FOR UPDATE;
    IF locked_id IS DISTINCT FROM state_id OR locked_version IS DISTINCT FROM state_version THEN
        RETURN QUERY SELECT 'stale'::TEXT, NULL::TEXT, NULL::TEXT, NULL::TEXT, NULL::INTEGER;
        RETURN;
    END IF;
    SELECT v."version" INTO current_version FROM "StudyVersion" v WHERE v."userId" = learner FOR UPDATE;
    IF current_version IS DISTINCT FROM expected_version THEN
        RETURN QUERY SELECT 'stale'::TEXT, NULL::TEXT, NULL::TEXT, NULL::TEXT, NULL::INTEGER;
        RETURN;
    END IF;
    INSERT INTO "ReviewLog" ("id", "clientId", "userId", "cardId", "rating", "reviewedAt", "durationMs", "stateBefore", "stateAfter", "elapsedDays", "scheduledDays")
        VALUES (review_id, client_id, learner, card, review_rating, reviewed_at, duration_ms, state_before, state_after, log_elapsed_days, log_scheduled_days);
    IF state_id IS NULL THEN
        INSERT INTO "CardState" ("id", "userId", "cardId", "state", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
                "reps", "lapses", "lastReview", "suspended", "buriedUntil", "leech", "updatedAt", "version")
            VALUES (new_state_id, learner, card, new_state, new_due, new_stability, new_difficulty, new_elapsed_days, new_scheduled_days, new_learning_steps,
                new_reps, new_lapses, new_last_review, new_suspended, new_buried_until, new_leech, reviewed_at, 1);
    ELSE
        UPDATE "CardState" SET "state" = new_state, "due" = new_due, "stability" = new_stability, "difficulty" = new_difficulty,
                "elapsedDays" = new_elapsed_days, "scheduledDays" = new_scheduled_days, "learningSteps" = new_learning_steps, "reps" = new_reps,
                "lapses" = new_lapses, "lastReview" = new_last_review, "suspended" = new_suspended, "buriedUntil" = new_buried_until,
                "leech" = new_leech, "updatedAt" = reviewed_at, "version" = "CardState"."version" + 1
            WHERE "CardState"."id" = state_id;
    END IF;
    SELECT v."version" INTO current_version FROM "StudyVersion" v WHERE v."userId" = learner;
    RETURN QUERY SELECT 'recorded'::TEXT, review_id, learner, state_after, current_version;
END;
$$;
