/**
 * kubectl's JSONPath templates (`-o jsonpath=…`, `--sort-by`, custom columns): `{.a.b}`, `[n]`,
 * `[*]`, `[a:b]`, `..name`, `['key.with.dots']`, filters `[?(@.type=="Ready")]`, `{range …}{end}`
 * and quoted literals. Results of one expression are joined by spaces; maps and lists print as JSON.
 */
export class JsonPathError extends Error {}

type Segment =
  | { t: "field"; name: string }
  | { t: "index"; start?: number; end?: number; single: boolean }
  | { t: "all" }
  | { t: "recurse"; name: string }
  | { t: "filter"; path: Segment[]; op?: string; value?: string | number | boolean };

type Node = { t: "text"; text: string } | { t: "expr"; path: Segment[] } | { t: "range"; path: Segment[]; body: Node[] };

function parsePath(src: string): Segment[] {
  const segs: Segment[] = [];
  let s = src.trim();
  if (s.startsWith("$")) s = s.slice(1);
  let i = 0;
  while (i < s.length) {
    if (s.startsWith("..", i)) {
      const m = /^[A-Za-z0-9_\-$]+/.exec(s.slice(i + 2));
      if (!m) throw new JsonPathError(`unrecognized identifier in ${src}`);
      segs.push({ t: "recurse", name: m[0] });
      i += 2 + m[0].length;
    } else if (s[i] === ".") {
      const m = /^[A-Za-z0-9_\-$/]*/.exec(s.slice(i + 1));
      if (m && m[0] !== "") segs.push({ t: "field", name: m[0] });
      i += 1 + (m?.[0].length ?? 0);
    } else if (s[i] === "[") {
      const end = s.indexOf("]", s[i + 1] === "?" ? s.indexOf(")", i) : i);
      if (end < 0) throw new JsonPathError(`unterminated array notation in ${src}`);
      const inner = s.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === "*") segs.push({ t: "all" });
      else if (/^'.*'$|^".*"$/.test(inner)) segs.push({ t: "field", name: inner.slice(1, -1) });
      else if (inner.startsWith("?(")) {
        const body = inner.slice(2, -1).trim();
        const m = /^@((?:\.[A-Za-z0-9_\-/]+|\[[^\]]*\])*)\s*(==|!=|<=|>=|<|>)?\s*(.*)$/.exec(body);
        if (!m) throw new JsonPathError(`unrecognized filter ${inner}`);
        const raw = (m[3] ?? "").trim();
        const value = /^'.*'$|^".*"$/.test(raw) ? raw.slice(1, -1) : raw === "true" ? true : raw === "false" ? false : raw === "" ? undefined : Number(raw);
        segs.push({ t: "filter", path: parsePath(m[1] ?? ""), op: m[2], value });
      } else if (/^-?\d*(:-?\d*)?$/.test(inner)) {
        const [a, b] = inner.split(":");
        if (b === undefined) segs.push({ t: "index", start: Number(a), single: true });
        else segs.push({ t: "index", start: a === "" ? undefined : Number(a), end: b === "" ? undefined : Number(b), single: false });
      } else throw new JsonPathError(`invalid array index ${inner}`);
    } else if (/\s/.test(s[i] ?? "")) i += 1;
    else {
      const m = /^[A-Za-z0-9_\-$]+/.exec(s.slice(i));
      if (!m) throw new JsonPathError(`unrecognized character in action: U+${(s.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, "0")} '${s[i] ?? ""}'`);
      segs.push({ t: "field", name: m[0] });
      i += m[0].length;
    }
  }
  return segs;
}

function compare(a: unknown, op: string | undefined, b: unknown): boolean {
  if (op === undefined) return a !== undefined && a !== null;
  if (op === "==") return String(a) === String(b);
  if (op === "!=") return String(a) !== String(b);
  const x = Number(a), y = Number(b);
  return op === "<" ? x < y : op === ">" ? x > y : op === "<=" ? x <= y : x >= y;
}

export function evaluate(path: readonly Segment[], roots: readonly unknown[]): unknown[] {
  let current = [...roots];
  for (const seg of path) {
    const next: unknown[] = [];
    for (const v of current) {
      if (seg.t === "field") {
        if (v !== null && typeof v === "object" && !Array.isArray(v) && seg.name in v) next.push((v as Record<string, unknown>)[seg.name]);
      } else if (seg.t === "all") {
        if (Array.isArray(v)) next.push(...v);
        else if (v !== null && typeof v === "object") next.push(...Object.values(v));
      } else if (seg.t === "index") {
        if (!Array.isArray(v)) continue;
        if (seg.single) {
          const idx = (seg.start ?? 0) < 0 ? v.length + (seg.start ?? 0) : seg.start ?? 0;
          if (idx < 0 || idx >= v.length) throw new JsonPathError(`array index out of bounds: index ${seg.start ?? 0}, length ${v.length}`);
          next.push(v[idx]);
        } else next.push(...v.slice(seg.start, seg.end));
      } else if (seg.t === "recurse") {
        const walk = (x: unknown): void => {
          if (Array.isArray(x)) x.forEach(walk);
          else if (x !== null && typeof x === "object") {
            for (const [k, y] of Object.entries(x)) {
              if (k === seg.name) next.push(y);
              walk(y);
            }
          }
        };
        walk(v);
      } else {
        const items = Array.isArray(v) ? v : [v];
        for (const item of items) {
          const found = evaluate(seg.path, [item]);
          if (found.some((f) => compare(f, seg.op, seg.value))) next.push(item);
        }
      }
    }
    current = next;
  }
  return current;
}

export function valueText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v === undefined) return "";
  return JSON.stringify(v);
}

function parseTemplate(template: string): Node[] {
  const root: Node[] = [];
  const stack: { body: Node[] }[] = [{ body: root }];
  let i = 0;
  const top = (): Node[] => stack[stack.length - 1]?.body ?? root;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) { top().push({ t: "text", text: template.slice(i) }); break; }
    if (open > i) top().push({ t: "text", text: template.slice(i, open) });
    let close = open + 1;
    let quote: string | undefined;
    for (; close < template.length; close += 1) {
      const c = template[close];
      if (quote) { if (c === "\\") close += 1; else if (c === quote) quote = undefined; }
      else if (c === '"' || c === "'") quote = c;
      else if (c === "}") break;
    }
    if (close >= template.length) throw new JsonPathError(`unclosed action`);
    const action = template.slice(open + 1, close).trim();
    i = close + 1;
    if (/^".*"$|^'.*'$/s.test(action)) top().push({ t: "text", text: action.slice(1, -1).replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\r/g, "\r").replace(/\\(["'\\])/g, "$1") });
    else if (action.startsWith("range ")) {
      const node: Node = { t: "range", path: parsePath(action.slice(6)), body: [] };
      top().push(node);
      stack.push(node);
    } else if (action === "end") {
      if (stack.length === 1) throw new JsonPathError("not in range, nothing to end");
      stack.pop();
    } else top().push({ t: "expr", path: parsePath(action) });
  }
  return root;
}

function render(nodes: readonly Node[], data: unknown): string {
  let out = "";
  for (const n of nodes) {
    if (n.t === "text") out += n.text;
    else if (n.t === "expr") out += evaluate(n.path, [data]).map(valueText).join(" ");
    else for (const item of evaluate(n.path, [data])) out += render(n.body, item);
  }
  return out;
}

/** Renders a template; a bare path without braces is taken as one expression, as kubectl does. */
export function jsonPath(template: string, data: unknown): string {
  const t = template.includes("{") ? template : `{${template}}`;
  return render(parseTemplate(t), data);
}

/** One path's values (for --sort-by and custom columns); the path may be written with or without braces. */
export function pathValues(expr: string, data: unknown): unknown[] {
  const inner = expr.trim().replace(/^\{(.*)\}$/s, "$1");
  return evaluate(parsePath(inner), [data]);
}
