-- CreateTable
CREATE TABLE "DeckClassShare" (
    "deckId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("deckId", "classId"),
    CONSTRAINT "DeckClassShare_deckId_fkey" FOREIGN KEY ("deckId") REFERENCES "Deck" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DeckClassShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ScenarioVisibility" (
    "scenarioId" TEXT NOT NULL PRIMARY KEY,
    "visibility" TEXT NOT NULL DEFAULT 'classes',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ScenarioClassShare" (
    "scenarioId" TEXT NOT NULL,
    "classId" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("scenarioId", "classId"),
    CONSTRAINT "ScenarioClassShare_classId_fkey" FOREIGN KEY ("classId") REFERENCES "Class" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DeckClassShare_classId_idx" ON "DeckClassShare"("classId");

-- CreateIndex
CREATE INDEX "ScenarioClassShare_classId_idx" ON "ScenarioClassShare"("classId");

