import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/validations/callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/decks?tab=mine#top", "/decks?tab=mine#top"],
    ["/study", "/study"],
  ])("keeps the app's own path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each(["/\\evil.test:3399/", "//evil.test/", "/\\/evil.test", "https://evil.test/", "evil.test", "/\t/evil.test", "", "javascript:alert(1)"])(
    "sends %j to the dashboard instead of another site",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    },
  );
});
