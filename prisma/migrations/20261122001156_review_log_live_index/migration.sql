-- CreateIndex
CREATE INDEX "ReviewLog_userId_undoneAt_reviewedAt_idx" ON "ReviewLog"("userId", "undoneAt", "reviewedAt");

