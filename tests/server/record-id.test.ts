import { describe, expect, it } from "vitest";
import { newRecordId } from "@/lib/server/record-id";

describe("newRecordId", () => {
  it("makes 25-character cuid-shaped ids that sort in the order they were made, even within one millisecond", () => {
    const now = Date.UTC(2026, 10, 22, 12);
    const ids = Array.from({ length: 500 }, (_, i) => newRecordId(now + Math.floor(i / 100)));
    for (const id of ids) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
