-- CreateTable
CREATE TABLE "StudyVersion" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE INDEX "Deck_updatedAt_idx" ON "Deck"("updatedAt");

-- CreateIndex
CREATE INDEX "Card_updatedAt_idx" ON "Card"("updatedAt");


-- Every write to a learner's card states or review log bumps the learner's StudyVersion, so a process
-- that keeps a learner's study state in memory can tell, with one primary-key read, whether anyone
-- (another process, Prisma's connection, an undo, a card action) changed it since.

CREATE TRIGGER "CardState_study_version_insert" AFTER INSERT ON "CardState"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (NEW."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "CardState_study_version_update" AFTER UPDATE ON "CardState"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (NEW."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "CardState_study_version_delete" AFTER DELETE ON "CardState"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (OLD."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "ReviewLog_study_version_insert" AFTER INSERT ON "ReviewLog"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (NEW."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "ReviewLog_study_version_update" AFTER UPDATE ON "ReviewLog"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (NEW."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;

CREATE TRIGGER "ReviewLog_study_version_delete" AFTER DELETE ON "ReviewLog"
BEGIN
    INSERT INTO "StudyVersion" ("userId", "version") VALUES (OLD."userId", 1)
        ON CONFLICT ("userId") DO UPDATE SET "version" = "version" + 1;
END;
