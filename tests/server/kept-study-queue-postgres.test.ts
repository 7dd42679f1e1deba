import { describe } from "vitest";
import { keptStudyQueueCases } from "./kept-study-queue-cases";
import { migratedPostgresDatabase, TEST_POSTGRES_URL } from "./postgres-database";

// The same invariant on PostgreSQL: the kept copies, validated by the plpgsql-bumped StudyVersion, equal a fresh read.
describe.skipIf(!TEST_POSTGRES_URL)("on PostgreSQL (KUBEDECK_TEST_POSTGRES_URL)", () => {
  keptStudyQueueCases(() => migratedPostgresDatabase("kept_queue"));
});
