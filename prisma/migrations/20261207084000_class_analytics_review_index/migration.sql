-- Class analytics (lib/server/classes/class-progress-sql.ts) count a class's recent reviews per member and
-- card, and whether each was answered in the review state. This index covers those reads, so SQLite never
-- reads the wide ReviewLog rows (their JSON snapshots) for them; the last column is the state before the
-- answer, written exactly as the queries write it (an expression index Prisma's schema cannot express).
CREATE INDEX "ReviewLog_class_analytics_idx" ON "ReviewLog"("userId", "undoneAt", "reviewedAt", "cardId", "rating", (CASE WHEN json_valid("stateBefore") THEN json_extract("stateBefore", '$.schedule.state') END));
