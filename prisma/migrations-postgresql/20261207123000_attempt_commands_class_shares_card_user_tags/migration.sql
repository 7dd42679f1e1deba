-- PostgreSQL form of prisma/migrations/20261207103246_attempt_commands, 20261207103540_class_shares and
-- 20261207110314_card_user_tags (three branches that met in one merge; written as `migrate diff` writes
-- PostgreSQL: named primary keys, TIMESTAMP(3), foreign keys added after the tables).
-- sqlite-migration: 20261207103246_attempt_commands
-- sqlite-migration: 20261207103540_class_shares
-- sqlite-migration: 20261207110314_card_user_tags

-- AlterTable
ALTER TABLE "ScenarioAttempt" ADD COLUMN "commands" TEXT,
ADD COLUMN "elapsedMs" INTEGER;

-- CreateTable
CREATE TABLE "DeckClassShare" (
    "deckId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeckClassShare_pkey" PRIMARY KEY ("deckId","classId")
);

-- CreateTable
CREATE TABLE "ScenarioVisibility" (
    "scenarioId" TEXT NOT NULL,
    "visibility" TEXT NOT NULL DEFAULT 'classes',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScenarioVisibility_pkey" PRIMARY KEY ("scenarioId")
);

-- CreateTable
CREATE TABLE "ScenarioClassShare" (
    "scenarioId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScenarioClassShare_pkey" PRIMARY KEY ("scenarioId","classId")
);

-- CreateTable
CREATE TABLE "CardUserTag" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CardUserTag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeckClassShare_classId_idx" ON "DeckClassShare"("classId");

-- CreateIndex
CREATE INDEX "ScenarioClassShare_classId_idx" ON "ScenarioClassShare"("classId");

-- CreateIndex
CREATE INDEX "CardUserTag_userId_tag_cardId_idx" ON "CardUserTag"("userId", "tag", "cardId");

-- CreateIndex
CREATE UNIQUE INDEX "CardUserTag_userId_cardId_tag_key" ON "CardUserTag"("userId", "cardId", "tag");

-- AddForeignKey
ALTER TABLE "DeckClassShare" ADD CONSTRAINT "DeckClassShare_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeckClassShare" ADD CONSTRAINT "DeckClassShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScenarioClassShare" ADD CONSTRAINT "ScenarioClassShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardUserTag" ADD CONSTRAINT "CardUserTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CardUserTag" ADD CONSTRAINT "CardUserTag_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card"("id") ON DELETE CASCADE ON UPDATE CASCADE;
