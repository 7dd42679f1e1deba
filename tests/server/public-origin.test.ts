import { describe, expect, it } from "vitest";
import { publicOrigin } from "@/lib/server/http/public-origin";

const headers = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe("the public origin shown in copyable links", () => {
  it("is https when the (normalised) request came over https", () => {
    expect(publicOrigin(headers({ host: "class.example", "x-forwarded-proto": "https" }), undefined)).toBe("https://class.example");
  });

  it("is http for a plain request and names the proxy's host when serve.mjs kept it", () => {
    expect(publicOrigin(headers({ host: "127.0.0.1:3000" }), undefined)).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(headers({ host: "10.0.0.5:3000", "x-forwarded-host": "kubedeck.school.test", "x-forwarded-proto": "https" }), undefined)).toBe(
      "https://kubedeck.school.test",
    );
  });

  it("prefers a configured NEXTAUTH_URL and ignores a malformed one", () => {
    expect(publicOrigin(headers({ host: "internal:3000" }), "https://learn.example/base")).toBe("https://learn.example");
    expect(publicOrigin(headers({ host: "internal:3000" }), "not a url")).toBe("http://internal:3000");
  });

  it("is empty without a host", () => {
    expect(publicOrigin(headers({}), undefined)).toBe("");
  });
});
