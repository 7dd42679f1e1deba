import { keptStudyQueueCases } from "./kept-study-queue-cases";
import { migratedDatabase } from "./migrated-database";

keptStudyQueueCases(async () => migratedDatabase("kept-study-queue"));
