/**
 * Label selectors as `-l` takes them: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`,
 * comma-separated (all must hold). Errors in the API machinery's words.
 */
import { KubectlError } from "./command";

type Requirement = (labels: Readonly<Record<string, string>>) => boolean;

export function parseSelector(text: string): (labels: Readonly<Record<string, string>> | undefined) => boolean {
  const reqs: Requirement[] = [];
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "(") depth += 1;
    else if (text[i] === ")") depth -= 1;
    else if (text[i] === "," && depth === 0) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  for (const raw of parts.map((p) => p.trim()).filter((p) => p !== "")) {
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(raw))) {
      const [, key = "", op, value = ""] = m;
      reqs.push(op === "!=" ? (l) => l[key] !== value : (l) => l[key] === value);
    } else if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(raw))) {
      const [, key = "", op, list = ""] = m;
      const values = list.split(",").map((v) => v.trim());
      reqs.push(op === "in" ? (l) => l[key] !== undefined && values.includes(l[key] ?? "") : (l) => l[key] === undefined || !values.includes(l[key] ?? ""));
    } else if ((m = /^!([\w./-]+)$/.exec(raw))) {
      const key = m[1] ?? "";
      reqs.push((l) => l[key] === undefined);
    } else if ((m = /^([\w./-]+)$/.exec(raw))) {
      const key = m[1] ?? "";
      reqs.push((l) => l[key] !== undefined);
    } else throw new KubectlError(`error: unable to parse requirement: found '${raw}', expected: in, notin, =, ==, !=, gt, lt`);
  }
  return (labels) => reqs.every((r) => r(labels ?? {}));
}
