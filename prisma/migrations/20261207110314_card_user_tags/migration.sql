-- CreateTable
CREATE TABLE "CardUserTag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CardUserTag_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardUserTag_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CardUserTag_userId_tag_cardId_idx" ON "CardUserTag"("userId", "tag", "cardId");

-- CreateIndex
CREATE UNIQUE INDEX "CardUserTag_userId_cardId_tag_key" ON "CardUserTag"("userId", "cardId", "tag");

