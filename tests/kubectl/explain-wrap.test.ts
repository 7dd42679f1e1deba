/** kubectl explain's text helpers behave as go-wordwrap and sprig's indent do. */
import { describe, expect, it } from "vitest";
import { indent, wrapString } from "@/lib/kubectl/explain/wrap";

describe("wrapString (go-wordwrap)", () => {
  it("breaks at the last space that keeps a line within the limit, keeps line breaks and long words", () => {
    expect(wrapString("aaa bbb ccc", 7)).toBe("aaa bbb\nccc");
    expect(wrapString("aaa bbb", 7)).toBe("aaa bbb");
    expect(wrapString("one\n\ntwo three", 5)).toBe("one\n\ntwo\nthree");
    expect(wrapString("see https://example.com/a/very/long/path here", 10)).toBe("see\nhttps://example.com/a/very/long/path\nhere");
    expect(wrapString("text\n", 76)).toBe("text\n");
  });
});

describe("indent (sprig)", () => {
  it("pads every line, an empty last one too", () => {
    expect(indent(4, "a\nb\n")).toBe("    a\n    b\n    ");
  });
});
