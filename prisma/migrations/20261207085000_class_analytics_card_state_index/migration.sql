-- Class analytics read every member's state of every assigned card (300 learners × 150 cards = 45,000
-- rows for a large class). This index holds exactly the columns they read, so SQLite answers from the
-- index alone instead of one table lookup per row.
CREATE INDEX "CardState_class_analytics_idx" ON "CardState"("userId", "cardId", "state", "due", "stability", "lapses", "lastReview", "suspended");
