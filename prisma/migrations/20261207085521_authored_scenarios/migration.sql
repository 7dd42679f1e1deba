-- CreateTable
CREATE TABLE "ScenarioRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "scenarioId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "markdown" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "passed" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ScenarioRevision_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ScenarioRevision_ownerId_idx" ON "ScenarioRevision"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "ScenarioRevision_scenarioId_number_key" ON "ScenarioRevision"("scenarioId", "number");

