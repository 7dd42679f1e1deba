/**
 * `terminal-file`: a file the learner wrote at the terminal holds the answer, as exam tasks ask
 * ("write the names of the pods on worker-2 to /root/pods.txt"). Reads the shell's files, so it only
 * passes for answers given at the terminal; paths are relative to the home, /root.
 */
import { z } from "zod";
import { failure, pass, type CheckOutcome, type ClusterView, type ConditionType } from "./check-type";

export const terminalFileSchema = z
  .object({
    path: z.string().min(1),
    equals: z.string().optional(),
    contains: z.string().optional(),
    /** The same lines in any order (each trimmed; blank lines ignored), for lists. */
    lines: z.array(z.string()).optional(),
  })
  .strict()
  .refine((p) => [p.equals, p.contains, p.lines].filter((v) => v !== undefined).length === 1, { message: "give exactly one of equals, contains or lines" });

export type TerminalFileParams = z.infer<typeof terminalFileSchema>;

const linesOf = (text: string): string[] => text.split("\n").map((l) => l.trim()).filter((l) => l !== "").sort();
const absolute = (path: string): string => (path.startsWith("/") ? path : `/root/${path}`);

export function evaluateTerminalFile(view: ClusterView, p: TerminalFileParams): CheckOutcome {
  const path = absolute(p.path);
  if (!view.terminalFile) return failure(`${path} is read from the terminal's files, and this answer was not given at the terminal`);
  const text = view.terminalFile(path);
  if (text === undefined) return failure(`there is no file ${path}: write it at the terminal, e.g. \`kubectl get … > ${path}\``);
  const shown = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  if (p.equals !== undefined && text.trim() !== p.equals.trim()) return failure(`${path} holds ${shown}, expected ${JSON.stringify(p.equals.trim())}`);
  if (p.contains !== undefined && !text.includes(p.contains)) return failure(`${path} holds ${shown}, which does not contain ${JSON.stringify(p.contains)}`);
  if (p.lines) {
    const want = linesOf(p.lines.join("\n"));
    const got = linesOf(text);
    const missing = want.filter((l) => !got.includes(l));
    const extra = got.filter((l) => !want.includes(l));
    if (missing.length > 0 || extra.length > 0) {
      const parts = [missing.length > 0 ? `missing ${missing.map((l) => JSON.stringify(l)).join(", ")}` : "", extra.length > 0 ? `not expected ${extra.map((l) => JSON.stringify(l)).join(", ")}` : ""].filter(Boolean);
      return failure(`${path} has ${got.length} line${got.length === 1 ? "" : "s"}, expected ${want.length}: ${parts.join("; ")}`);
    }
  }
  return pass(`${path} holds the expected answer`);
}

export const terminalFileCheck: ConditionType<TerminalFileParams> = { kind: "condition", type: "terminal-file", schema: terminalFileSchema, evaluate: evaluateTerminalFile };
