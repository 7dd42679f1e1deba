/**
 * Refuses Markdown whose structure would cost the server too long to read (lib/notes/reading-cost.ts),
 * before the parser sees it: a 422 that names the line where the text passes the limit and says how to
 * split it. Only new text is checked; what is already saved stays readable.
 */
import type { z } from "zod";
import { MAX_READING_UNITS, readingCost } from "@/lib/notes/reading-cost";

const grouped = new Intl.NumberFormat("en-US");

export function readingCostMessage(line: number, advice: string): string {
  return (
    `too complex: by line ${grouped.format(line)} this text passes ${grouped.format(MAX_READING_UNITS)} reading units ` +
    `(each line, each list or quote level and each table cell is a unit, and so are every four code, emphasis or link marks), ` +
    `the most the server reads at once. ${advice}`
  );
}

/** A zod refinement for a document field: `advice` says how to make it smaller. Skipped over `maxBytes`, which has its own message. */
export function refuseCostlyMarkdown(advice: string, maxBytes: number): (text: string, ctx: z.RefinementCtx) => void {
  return (text, ctx) => {
    if (text.length > maxBytes) return;
    const { lineOverLimit } = readingCost(text);
    if (lineOverLimit !== null) ctx.addIssue({ code: "custom", message: readingCostMessage(lineOverLimit, advice), params: { line: lineOverLimit } });
  };
}
