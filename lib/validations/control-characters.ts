/**
 * Control characters in text a person typed or imported: NUL and the other C0 controls (except tab
 * and line breaks) and DEL never belong in a title or a card, and some (NUL) cut text short in other
 * tools. Text that has one is refused with where it is, not silently stored.
 */
import type { z } from "zod";

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface ControlCharacter {
  /** The character as U+XXXX. */
  readonly code: string;
  /** Zero-based index in the text. */
  readonly index: number;
  /** One-based line of the text it is on. */
  readonly line: number;
}

export function findControlCharacter(text: string): ControlCharacter | null {
  const match = CONTROL_CHARACTER.exec(text);
  if (!match) return null;
  const code = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  const line = text.slice(0, match.index).split("\n").length;
  return { code, index: match.index, line };
}

export function controlCharacterMessage(found: ControlCharacter): string {
  return `Contains a control character (${found.code} at position ${found.index + 1}): remove it. Only tabs and line breaks are allowed.`;
}

/** Refines a document (notes, deck or scenario Markdown): "Line N contains a control character (U+XXXX): …". */
export function refuseControlCharacterLines(text: string, ctx: z.RefinementCtx): void {
  const found = findControlCharacter(text);
  if (found) ctx.addIssue({ code: "custom", message: `Line ${found.line} contains a control character (${found.code}): remove it. Only tabs and line breaks are allowed.`, params: { line: found.line } });
}

/** `schema`, refusing text that contains a control character (422 with the field's path). */
export function withoutControlCharacters<T extends z.ZodType<string>>(schema: T): T {
  return schema.superRefine((text, ctx) => {
    const found = findControlCharacter(text);
    if (found) ctx.addIssue({ code: "custom", message: controlCharacterMessage(found) });
  });
}
