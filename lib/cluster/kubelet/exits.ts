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

const LONG_RUNNING = /\b(sleep\s+(inf(inity)?|[0-9]{4,}|[6-9][0-9]{2}|[0-9]+[hd])|tail\s+-f|while\s*(true|:|\[)|httpd|nginx|serve|-g\s+["']?daemon off|pause|wait)\b/;

export function exitPlan(behaviour: ImageBehaviour, container: Container): ExitPlan | null {
  const words = [...(container.command ?? []), ...(container.args ?? [])];
  const script = words.join(" ");
  if (words.length === 0) {
    if (behaviour.exits) return behaviour.exits;
    return behaviour.exitsWithoutCommand ? { code: 0, afterSeconds: 0 } : null;
  }
  if (LONG_RUNNING.test(script)) return null;
  if (!behaviour.exits && !behaviour.exitsWithoutCommand && container.command === undefined) return null;
  const exit = /\bexit\s+([0-9]+)/.exec(script);
  const sleeps = [...script.matchAll(/\bsleep\s+([0-9]+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
  const code = exit ? Number(exit[1]) : /(^|[;&|\s])false($|[;&|\s])/.test(script) ? 1 : 0;
  return { code, afterSeconds: sleeps > 0 ? sleeps : (behaviour.exits?.afterSeconds ?? 1) };
}
