/**
 * Words and operators into a command list: pipelines joined by `&&`, `||` and `;`, each command with
 * its arguments, redirections and at most one heredoc (whose body the shell reads from the lines
 * that follow).
 */
import { ShellSyntaxError, type Operator, type Token } from "./tokenize";

export interface Redirect {
  readonly op: ">" | ">>" | "<" | "2>" | "2>>" | "2>&1" | "&>";
  readonly target: string;
}

export interface Heredoc {
  readonly delimiter: string;
  /** `<<'EOF'`: the body is taken literally (no `$VAR` expansion). */
  readonly literal: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines. */
  readonly stripTabs: boolean;
}

export interface SimpleCommand {
  readonly words: { value: string; quoted: boolean }[];
  readonly redirects: Redirect[];
  heredoc?: Heredoc;
}

export interface Pipeline {
  readonly commands: SimpleCommand[];
  /** How this pipeline joins the previous one (`;` for the first). */
  readonly after: "&&" | "||" | ";";
}

const near = (op: Operator | "newline"): ShellSyntaxError => new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);

export function parseCommandLine(tokens: readonly Token[]): Pipeline[] {
  const pipelines: Pipeline[] = [];
  let commands: SimpleCommand[] = [];
  let current: SimpleCommand = { words: [], redirects: [] };
  let after: Pipeline["after"] = ";";
  const endCommand = (op: Operator): void => {
    if (current.words.length === 0 && current.redirects.length === 0 && !current.heredoc) throw near(op);
    commands.push(current);
    current = { words: [], redirects: [] };
  };
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "word") { current.words.push({ value: t.value, quoted: t.quoted }); continue; }
    if (t.value === "|") { endCommand(t.value); continue; }
    if (t.value === "&&" || t.value === "||" || t.value === ";") {
      if (current.words.length === 0 && commands.length === 0 && t.value === ";") throw near(t.value);
      endCommand(t.value);
      pipelines.push({ commands, after });
      commands = [];
      after = t.value;
      continue;
    }
    if (t.value === "2>&1") { current.redirects.push({ op: "2>&1", target: "" }); continue; }
    const next = tokens[i + 1];
    if (!next || next.kind !== "word") throw near(next?.kind === "op" ? next.value : "newline");
    i += 1;
    if (t.value === "<<" || t.value === "<<-") {
      if (current.heredoc) throw new ShellSyntaxError("only one heredoc per command is supported");
      current.heredoc = { delimiter: next.value, literal: next.quoted, stripTabs: t.value === "<<-" };
    } else current.redirects.push({ op: t.value, target: next.value });
  }
  if (current.words.length > 0 || current.redirects.length > 0 || current.heredoc) commands.push(current);
  else if (commands.length > 0) throw near("newline");
  if (commands.length > 0) pipelines.push({ commands, after });
  return pipelines;
}
