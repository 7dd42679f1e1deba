/**
 * The text helpers kubectl explain's template uses: mitchellh/go-wordwrap's WrapString (kubectl's
 * `wrap`: breaks at spaces so lines stay within `limit`, keeps existing line breaks, never splits a
 * word) and sprig's `indent` (every line, including an empty last one, gets the padding).
 */
export function wrapString(s: string, limit: number): string {
  let out = "";
  let current = 0;
  let word = "";
  let space = "";
  for (const ch of s) {
    if (ch === "\n") {
      if (word === "") {
        if (current + space.length > limit) current = 0;
        else { current += space.length; out += space; }
      } else {
        out += space + word;
        current += space.length + word.length;
      }
      space = "";
      word = "";
      out += ch;
      current = 0;
    } else if (/\s/.test(ch) && ch !== "\u00a0") {
      if (space === "" || word !== "") {
        current += space.length + word.length;
        out += space + word;
        space = "";
        word = "";
      }
      space += ch;
    } else {
      word += ch;
      if (current + space.length + word.length > limit && word.length < limit) {
        out += "\n";
        current = 0;
        space = "";
      }
    }
  }
  if (word === "") { if (current + space.length <= limit) out += space; }
  else out += space + word;
  return out;
}

export function indent(spaces: number, text: string): string {
  const pad = " ".repeat(spaces);
  return pad + text.replace(/\n/g, `\n${pad}`);
}
