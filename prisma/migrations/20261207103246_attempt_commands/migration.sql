-- AlterTable
ALTER TABLE "ScenarioAttempt" ADD COLUMN "commands" TEXT;
ALTER TABLE "ScenarioAttempt" ADD COLUMN "elapsedMs" INTEGER;

