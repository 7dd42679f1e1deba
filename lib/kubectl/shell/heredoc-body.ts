/**
 * A here-document's body with `$VAR` and `${VAR}` expanded (`\$` kept as a dollar), as bash does
 * unless the delimiter is quoted. Its variables together expand to at most MAX_EXPANDED_CHARS, as a
 * command line's do (tokenize.ts).
 */
import { MAX_EXPANDED_CHARS, ShellSyntaxError, type Variables } from "./tokenize";

export function expandHeredocBody(text: string, vars: Variables): string {
  let expanded = 0;
  const valueOf = (name: string): string => {
    const value = vars(name) ?? "";
    expanded += value.length;
    if (expanded > MAX_EXPANDED_CHARS) throw new ShellSyntaxError(`this here-document's variables expand to more than ${MAX_EXPANDED_CHARS.toLocaleString("en")} characters; this shell stops there`);
    return value;
  };
  return text
    .replace(/\\\$/g, "\u0000")
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => valueOf(a ?? b ?? ""))
    .replace(/\u0000/g, "$");
}
