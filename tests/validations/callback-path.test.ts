import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/validations/callback-path";

describe("safeCallbackPath", () => {
  it.each([
    ["/decks?tab=mine#top", "/decks?tab=mine#top"],
    ["/study", "/study"],
  ])("keeps the app's own path %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each(["/\\evil.test:3399/", "//evil.test/", "/\\/evil.test", "https://evil.test/", "evil.test", "/\t/evil.test", "", "javascript:alert(1)", "https:/evil.test", "http:evil.test", "\\\\evil.test", "///evil.test", "/.//evil.test", "/..//evil.test", "/\n/evil.test", "/\r\n//evil.test", "\t//evil.test", "//%65vil.test"])(
    "sends %j to the dashboard instead of another site",
    (value) => {
      expect(safeCallbackPath(value)).toBe("/dashboard");
    },
  );
});

describe("safeCallbackPath keeps percent-encoded look-alikes on this origin (a browser never decodes them into a host)", () => {
  it.each([
    ["/%2F%2Fevil.test", "/%2F%2Fevil.test"],
    ["/%5Cevil.test", "/%5Cevil.test"],
    ["/%09/evil.test", "/%09/evil.test"],
    ["/javascript:alert(1)", "/javascript:alert(1)"],
    ["/\tevil", "/evil"],
  ])("%j stays the path %j", (value, expected) => {
    const path = safeCallbackPath(value);
    expect(path).toBe(expected);
    expect(new URL(path, "http://app.test").origin).toBe("http://app.test");
  });
});
