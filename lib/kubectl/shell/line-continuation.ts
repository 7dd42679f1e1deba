/**
 * Whether a command line can end where it stops, read one piece at a time: an input of many lines
 * (an open quote over thousands of lines, `\` continuations) is scanned once, not once per line it
 * grows by, which made a 20,000-character input cost seconds (issue 12).
 *
 * `feed` answers exactly what `lineContinues` answers for everything fed so far, joined: true when
 * the line cannot end there (an open quote, or a trailing backslash), false at a comment or the end.
 */
export class LineContinuation {
  private quote: "'" | '"' | undefined;
  /** The character before the next one read ("" at the start of the line). */
  private previous = "";
  /** The last piece ended in a backslash that escapes whatever comes next; it is not read yet. */
  private backslash = false;
  /** The last character read was escaped by the backslash before it; `beforePair` came before that backslash. */
  private lastEscaped = false;
  private beforePair = "";

  feed(piece: string): boolean {
    if (piece === "") return this.backslash || this.quote !== undefined;
    this.lastEscaped = false;
    let i = 0;
    if (this.backslash) {
      // The backslash escapes the piece's first character, as it would in the joined line.
      this.backslash = false;
      this.escaped(piece, 0, this.previous);
      i = 1;
    }
    for (; i < piece.length; i += 1) {
      const c = piece[i] ?? "";
      const before = i === 0 ? this.previous : (piece[i - 1] ?? "");
      if (this.quote === "'") {
        if (c === "'") this.quote = undefined;
        continue;
      }
      if (c === "\\") {
        if (i === piece.length - 1) {
          this.previous = before;
          this.backslash = true;
          return true;
        }
        i += 1;
        this.escaped(piece, i, before);
        continue;
      }
      if (this.quote === '"') {
        if (c === '"') this.quote = undefined;
        continue;
      }
      if (c === "'" || c === '"') this.quote = c;
      else if (c === "#" && (before === "" || /\s/.test(before))) return false;
    }
    this.previous = piece[piece.length - 1] ?? "";
    return this.quote !== undefined;
  }

  /**
   * Forgets the line's last character, a backslash, as a shell that joins `\`-continued lines
   * without it does: what is fed next continues the line as if that backslash was never there.
   */
  dropBackslash(): void {
    if (this.backslash) this.backslash = false;
    else if (this.lastEscaped) {
      // `\\` lost its second half: the first now escapes what comes next.
      this.lastEscaped = false;
      this.backslash = true;
      this.previous = this.beforePair;
    }
  }

  /** Notes that `piece[at]` was read as escaped by a backslash that followed `before`. */
  private escaped(piece: string, at: number, before: string): void {
    if (at !== piece.length - 1 || piece[at] !== "\\") return;
    this.lastEscaped = true;
    this.beforePair = before;
  }
}

/** True when the line cannot end here: an open quote or a trailing backslash. */
export function lineContinues(line: string): boolean {
  return new LineContinuation().feed(line);
}
