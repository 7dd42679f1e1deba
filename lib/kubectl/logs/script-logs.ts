/**
 * What a container's own command prints: `echo`, `date`, `env`/`printenv` and `sleep` in a
 * `sh -c` script, `while true; do …; sleep N; done` loops (one round every N seconds up to now),
 * `exit N`, and perl's `bpi(N)` (the pi Job). Anything else prints nothing, as a quiet program would.
 */
import { shellDate, type LogLine, type RunContext } from "./log-context";
import { piDigits } from "./pi";

/** Rounds of a loop kept at most: a `sleep 1` loop over days stays bounded. */
const MAX_LINES = 5000;

const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|zsh|dash)$/;

/** The script a container runs (`sh -c SCRIPT`, or its words joined), or undefined when it runs its image's own program. */
export function scriptOf(ctx: RunContext): string | undefined {
  const words = [...(ctx.container.command ?? []), ...(ctx.container.args ?? [])];
  if (words.length === 0) return undefined;
  const c = words.indexOf("-c");
  if (SHELLS.test(words[0] ?? "") && c >= 0) return words.slice(c + 1).join(" ");
  return words.join(" ");
}

function unquote(word: string): string {
  return word.replace(/^"(.*)"$/s, "$1").replace(/^'(.*)'$/s, "$1");
}

function expand(text: string, ctx: RunContext, t: number): string {
  const env = new Map(ctx.env.map((v) => [v.name, v.value]));
  env.set("HOSTNAME", ctx.podName);
  return text
    .replace(/\$\(date[^)]*\)|`date[^`]*`/g, () => shellDate(ctx.dateOf(t)))
    .replace(/\$\(hostname\)/g, ctx.podName)
    .replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, a: string | undefined, b: string | undefined) => env.get(a ?? b ?? "") ?? "");
}

/** Splits a script into statements at `;`, `&&`, `||` and newlines, keeping quoted text whole. */
function statements(script: string): string[] {
  const out: string[] = [];
  let current = "";
  let quote = "";
  for (let i = 0; i < script.length; i += 1) {
    const ch = script[i] ?? "";
    if (quote) { current += ch; if (ch === quote) quote = ""; continue; }
    if (ch === '"' || ch === "'") { quote = ch; current += ch; continue; }
    const two = script.slice(i, i + 2);
    if (ch === ";" || ch === "\n" || two === "&&" || two === "||") {
      out.push(current.trim());
      current = "";
      if (two === "&&" || two === "||") i += 1;
      continue;
    }
    current += ch;
  }
  out.push(current.trim());
  return out.filter((s) => s !== "");
}

interface Run { t: number; lines: LogLine[]; stopped: boolean }

function step(statement: string, ctx: RunContext, run: Run): void {
  const [program = "", ...rest] = statement.split(/\s+/);
  const argText = statement.slice(program.length).trim();
  if (program === "echo") run.lines.push({ at: run.t, text: expand(unquote(argText.replace(/^-[ne]+\s+/, "")), ctx, run.t) });
  else if (program === "date") run.lines.push({ at: run.t, text: shellDate(ctx.dateOf(run.t)) });
  else if (program === "env" || program === "printenv") {
    const vars = [["HOSTNAME", ctx.podName], ...ctx.env.map((v) => [v.name, v.value])];
    const wanted = rest[0];
    for (const [k, v] of vars) if (wanted === undefined || wanted === k) run.lines.push({ at: run.t, text: wanted === undefined ? `${k ?? ""}=${v ?? ""}` : v ?? "" });
  } else if (program === "sleep") {
    const n = Number(rest[0]);
    run.t += Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
  } else if (program === "exit") run.stopped = true;
  if (run.t > ctx.endAt) run.stopped = true;
}

export function scriptLogs(ctx: RunContext, script: string): LogLine[] {
  const bpi = /bpi\((\d+)\)/.exec(script);
  if (bpi) return [{ at: ctx.startedAt, text: piDigits(Number(bpi[1])) }];
  const run: Run = { t: ctx.startedAt, lines: [], stopped: false };
  const loop = /\bwhile\s+(?:true|:|\[\s*1\s*\])\s*;?\s*do\b(.*?)\bdone\b/s.exec(script);
  const before = loop ? script.slice(0, loop.index) : script;
  for (const s of statements(before)) { if (run.stopped) break; step(s, ctx, run); }
  if (loop && !run.stopped) {
    const body = statements(loop[1] ?? "");
    const advances = body.some((s) => /^sleep\s+[1-9]/.test(s));
    while (!run.stopped && run.lines.length < MAX_LINES) {
      const t0 = run.t;
      for (const s of body) { if (run.stopped) break; step(s, ctx, run); }
      if (!advances || run.t === t0) break;
    }
  }
  return run.lines.filter((l) => l.at <= ctx.endAt).slice(-MAX_LINES);
}
