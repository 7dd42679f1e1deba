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

  feed(piece: string): boolean {
    let i = 0;
    if (this.backslash) {
      this.backslash = false;
      if (piece === "") return this.pendBackslash();
      // The backslash escapes the piece's first character, as it would in the joined line.
      this.previous = piece[0] ?? "";
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
          return this.pendBackslash();
        }
        i += 1;
        continue;
      }
      if (this.quote === '"') {
        if (c === '"') this.quote = undefined;
        continue;
      }
      if (c === "'" || c === '"') this.quote = c;
      else if (c === "#" && (before === "" || /\s/.test(before))) return false;
    }
    if (piece.length > 0) this.previous = piece[piece.length - 1] ?? "";
    return this.quote !== undefined;
  }

  /**
   * Forgets the trailing backslash the last piece ended in, as a shell that joins `\`-continued
   * lines without it does: what is fed next continues the line as if the backslash was never there.
   */
  dropBackslash(): void {
    this.backslash = false;
  }

  private pendBackslash(): true {
    this.backslash = true;
    return true;
  }
}

/** True when the line cannot end here: an open quote or a trailing backslash. */
export function lineContinues(line: string): boolean {
  return new LineContinuation().feed(line);
}
