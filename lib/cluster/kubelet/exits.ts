/**
 * Whether and when a container's process exits, from the image catalogue and the command it runs.
 * A command that keeps running (`sleep 3600`, `sleep infinity`, `tail -f`, `while true`, a server)
 * never exits; other commands exit after their `sleep N` (or 1 s) with their `exit N` code (or 0).
 */
import type { ImageBehaviour } from "../images/catalogue";
import type { Container } from "../types";

export interface ExitPlan {
  readonly code: number;
  readonly afterSeconds: number;
}

const LONG_RUNNING = /\b(sleep\s+(inf(inity)?|[0-9]{4,}|[6-9][0-9]{2}|[0-9]+[hd])|tail(\s+-\S+)*?\s+-[A-Za-z]*[fF]\b|while\s*(true|:|\[)|for\s*\(\(\s*;\s*;|httpd|nginx|serve|-g\s+["']?daemon off|pause|wait)\b/;
const SHELLS = /^(\/bin\/|\/usr\/bin\/)?(sh|bash|ash|zsh|dash)$/;
const ONE_SHOT = /^(\/bin\/|\/usr\/bin\/)?(echo|printenv|env|cat|ls|date|true|false|perl|python3?|ruby|wget|curl|nslookup|dig|ping|sleep|touch|cp|mv|rm|mkdir|chmod|chown|id|whoami|hostname|uname)$/;

/** A command of a server image (`kube-scheduler --config…`) keeps running; a script or a one-shot tool exits. */
function finite(words: readonly string[], container: Container): boolean {
  const program = container.command?.[0] ?? "";
  return SHELLS.test(program) || ONE_SHOT.test(program) || words.includes("-c");
}

/** Whether a script's last command ends: `exit N`, a one-shot tool, or a shell builtin. */
function endsFinite(last: string): boolean {
  const program = last.split(/\s+/)[0] ?? "";
  return /^(exit|true|false|test|\[|set|export|cd|:)$/.test(program) || ONE_SHOT.test(program) || SHELLS.test(program);
}

export function exitPlan(behaviour: ImageBehaviour, container: Container): ExitPlan | null {
  const words = [...(container.command ?? []), ...(container.args ?? [])];
  const script = words.join(" ");
  if (words.length === 0) {
    if (behaviour.exits) return behaviour.exits;
    // A shell with an open stdin (`stdin: true`, as with `kubectl run -it`) waits for input instead of exiting.
    return behaviour.exitsWithoutCommand && container.stdin !== true ? { code: 0, afterSeconds: 0 } : null;
  }
  if (LONG_RUNNING.test(script)) return null;
  const shellImage = behaviour.exits !== null || behaviour.exitsWithoutCommand === true;
  if (!shellImage && !finite(words, container)) return null;
  const body = words.includes("-c") ? words.slice(words.indexOf("-c") + 1).join(" ") : script;
  const last = body.trim().split(/[;\n&|]+/).map((x) => x.trim()).filter(Boolean).pop() ?? "";
  // An application image's script that ends by starting its own program (`start-zookeeper …`) keeps running.
  if (!shellImage && words.includes("-c") && !endsFinite(last)) return null;
  const exit = /^exit\s+([0-9]+)$/.exec(last);
  const code = exit ? Number(exit[1]) : last === "false" ? 1 : 0;
  const sleeps = [...script.matchAll(/\bsleep\s+([0-9]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { code, afterSeconds: sleeps > 0 ? sleeps : (behaviour.exits?.afterSeconds ?? 1) };
}
