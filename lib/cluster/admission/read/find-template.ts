/**
 * The first template placeholder (`{{ … }}`, no `}` inside) in a manifest, found in one pass. The
 * pattern /\{\{[^}]*\}\}/ read to the end of the text from every `{{` without a closing `}}`, so a
 * 200 KB run of braces took over a minute (issue 12). Same match as the pattern.
 */
export interface TemplatePlaceholder {
  readonly index: number;
  readonly text: string;
}

export function findTemplate(text: string): TemplatePlaceholder | undefined {
  let open = text.indexOf("{{");
  while (open >= 0) {
    // Every `{{` before the first `}` after it ends at that same `}`: one look settles them all.
    const close = text.indexOf("}", open + 2);
    if (close < 0) return undefined;
    if (text[close + 1] === "}") return { index: open, text: text.slice(open, close + 2) };
    open = text.indexOf("{{", close + 1);
  }
  return undefined;
}
