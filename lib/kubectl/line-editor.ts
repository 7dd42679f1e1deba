/**
 * The terminal's line discipline, pure: keystrokes (as xterm.js reports them) in, what to echo and
 * which complete command line to run out. Printable text, Backspace, ↑/↓ through history, Ctrl-C
 * (drop the line), Ctrl-L (clear), Ctrl-U (kill the line), Tab (completion), Ctrl-R (reverse history
 * search: type to narrow, Ctrl-R for the next older match, Enter runs it, Esc keeps it); Enter submits, or continues a heredoc
 * or open quote with a `> ` prompt when the shell says the command is not complete yet.
 */
export interface EditorStep {
  /** Text to write to the terminal (with \r\n line ends). */
  readonly echo: string;
  /** A complete command line (possibly several lines) to run. */
  readonly submit?: string;
}

export class LineEditor {
  private line = "";
  private pending: string[] = [];
  private historyIndex = -1;
  /** Reverse search state: the query and how many older matches were skipped. */
  private search: { query: string; skip: number } | undefined;

  constructor(
    private readonly history: () => readonly string[],
    private readonly isComplete: (text: string) => boolean,
    private readonly prompt: () => string,
    private readonly completer?: (line: string) => { insert: string; options: readonly string[] },
  ) {}

  /** The prompt for the current state (`> ` inside an unfinished command). */
  currentPrompt(): string {
    return this.pending.length > 0 ? "> " : this.prompt();
  }

  feed(data: string): EditorStep {
    if (this.search || data === "\u0012") return this.searchKey(data);
    if (data === "\r") return this.enter();
    if (data === "\u007f" || data === "\b") {
      if (this.line === "") return { echo: "" };
      this.line = this.line.slice(0, -1);
      return { echo: "\b \b" };
    }
    if (data === "\u0003") {
      this.line = "";
      this.pending = [];
      return { echo: `^C\r\n${this.currentPrompt()}` };
    }
    if (data === "\u000c") return { echo: `\u001b[H\u001b[2J${this.currentPrompt()}${this.line}` };
    if (data === "\u0015") return this.replaceLine("");
    if (data === "\t") {
      if (!this.completer) return { echo: "" };
      const { insert, options } = this.completer(this.line);
      this.line += insert;
      return { echo: options.length > 1 ? `${insert}\r\n${options.join("  ")}\r\n${this.currentPrompt()}${this.line}` : insert };
    }
    if (data === "\u001b[A" || data === "\u001b[B") return this.recall(data === "\u001b[A" ? 1 : -1);
    if (data.startsWith("\u001b")) return { echo: "" };
    // Pasted text may hold several lines: each \r or \n is an Enter.
    const parts = data.replace(/\r\n/g, "\r").split(/[\r\n]/);
    let echo = "";
    let submit: string | undefined;
    parts.forEach((part, i) => {
      const printable = part.replace(/[\u0000-\u001f]/g, "");
      this.line += printable;
      echo += printable;
      if (i < parts.length - 1) {
        const step = this.enter();
        echo += step.echo;
        if (step.submit !== undefined) submit = submit === undefined ? step.submit : `${submit}\n${step.submit}`;
      }
    });
    return submit === undefined ? { echo } : { echo, submit };
  }

  private searchMatch(): string {
    if (!this.search) return "";
    const matches = [...this.history()].reverse().filter((h) => this.search !== undefined && this.search.query !== "" && h.includes(this.search.query));
    return (matches[Math.min(this.search.skip, Math.max(0, matches.length - 1))] ?? "").split("\n")[0] ?? "";
  }

  private searchLine(): string {
    return `\r\u001b[2K(reverse-i-search)\`${this.search?.query ?? ""}': ${this.searchMatch()}`;
  }

  private searchKey(data: string): EditorStep {
    if (!this.search) {
      this.search = { query: "", skip: 0 };
      return { echo: this.searchLine() };
    }
    if (data === "\u0012") { this.search.skip += 1; return { echo: this.searchLine() }; }
    if (data === "\u007f" || data === "\b") { this.search.query = this.search.query.slice(0, -1); return { echo: this.searchLine() }; }
    if (data === "\u0003" || data === "\u0007") {
      this.search = undefined;
      this.line = "";
      return { echo: `\r\u001b[2K${this.currentPrompt()}` };
    }
    if (data === "\r" || data.startsWith("\u001b")) {
      this.line = this.searchMatch();
      this.search = undefined;
      const redraw = `\r\u001b[2K${this.currentPrompt()}${this.line}`;
      if (data !== "\r") return { echo: redraw };
      const step = this.enter();
      return step.submit === undefined ? { echo: redraw + step.echo } : { echo: redraw + step.echo, submit: step.submit };
    }
    this.search.query += data.replace(/[\u0000-\u001f]/g, "");
    this.search.skip = 0;
    return { echo: this.searchLine() };
  }

  private enter(): EditorStep {
    const text = [...this.pending, this.line].join("\n");
    this.line = "";
    this.historyIndex = -1;
    if (!this.isComplete(text)) {
      this.pending = text.split("\n");
      return { echo: "\r\n> " };
    }
    this.pending = [];
    return text.trim() === "" ? { echo: `\r\n${this.prompt()}` } : { echo: "\r\n", submit: text };
  }

  private replaceLine(text: string): EditorStep {
    const erase = "\b \b".repeat(this.line.length);
    this.line = text;
    return { echo: `${erase}${text}` };
  }

  private recall(direction: 1 | -1): EditorStep {
    const list = this.history();
    const next = this.historyIndex + direction;
    if (next < -1 || next >= list.length) return { echo: "" };
    this.historyIndex = next;
    const entry = next === -1 ? "" : list[list.length - 1 - next] ?? "";
    return this.replaceLine(entry.includes("\n") ? entry.split("\n")[0] ?? "" : entry);
  }
}
