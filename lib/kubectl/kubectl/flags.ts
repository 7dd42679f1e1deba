/**
 * kubectl's flag parsing (pflag's rules): `--name=value`, `--name value`, `-n value`, `-nvalue`,
 * `-o=yaml`, bools without a value, flags anywhere among the arguments, `--` ends flags. Errors are
 * pflag's own words, followed by kubectl's "See 'kubectl … --help' for usage." line.
 */
export type FlagType = "bool" | "string" | "int" | "strings";

export interface FlagSpec {
  readonly name: string;
  readonly short?: string;
  readonly type: FlagType;
  readonly default?: string | number | boolean;
  /** Accepted and shown in --help, but this simulation ignores it (said in the help text). */
  readonly ignored?: boolean;
  /** The value a string flag takes when given without `=value` (pflag's NoOptDefVal). */
  readonly noOptDefault?: string;
  readonly usage?: string;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedArgs {
  readonly positional: string[];
  /** Flags given on the command line, by long name. */
  readonly given: ReadonlyMap<string, FlagValue>;
  /** Arguments after `--` (for `kubectl exec POD -- cmd`). */
  readonly afterDash: string[] | undefined;
}

/** Flags every kubectl command accepts. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: "namespace", short: "n", type: "string", usage: "If present, the namespace scope for this CLI request" },
  { name: "context", type: "string", ignored: true },
  { name: "kubeconfig", type: "string", ignored: true },
  { name: "request-timeout", type: "string", ignored: true },
  { name: "v", short: "v", type: "string", ignored: true },
  { name: "help", short: "h", type: "bool" },
];

export class FlagError extends Error {}

function convert(spec: FlagSpec, raw: string, shown: string): FlagValue {
  if (spec.type === "int") {
    if (!/^[+-]?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
    return Number(raw);
  }
  if (spec.type === "bool") {
    const v = raw.toLowerCase();
    if (["1", "t", "true"].includes(v)) return true;
    if (["0", "f", "false"].includes(v)) return false;
    throw new FlagError(`invalid argument "${raw}" for "${shown}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
  }
  return raw;
}

export function parseFlags(args: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const all = [...specs, ...GLOBAL_FLAGS];
  const given = new Map<string, FlagValue>();
  const positional: string[] = [];
  const set = (spec: FlagSpec, value: FlagValue): void => {
    if (spec.type === "strings") {
      const prev = given.get(spec.name);
      const list = Array.isArray(prev) ? prev : [];
      given.set(spec.name, [...list, ...(typeof value === "string" ? collectValue(value) : [])]);
    } else given.set(spec.name, value);
  };
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i] ?? "";
    if (a === "--") return { positional, given, afterDash: args.slice(i + 1) };
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const spec = all.find((s) => s.name === name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      const shownName = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
      if (eq >= 0) set(spec, convert(spec, a.slice(eq + 1), shownName));
      else if (spec.type === "bool") set(spec, true);
      else if (spec.noOptDefault !== undefined) set(spec, spec.noOptDefault);
      else {
        if (i + 1 >= args.length) throw new FlagError(`flag needs an argument: --${name}`);
        i += 1;
        set(spec, convert(spec, args[i] ?? "", shownName));
      }
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j += 1) {
        const c = a[j] ?? "";
        const spec = all.find((s) => s.short === c);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`);
        const shownName = `-${c}, --${spec.name}`;
        if (spec.type === "bool") {
          if (a[j + 1] === "=") { set(spec, convert(spec, a.slice(j + 2), shownName)); break; }
          set(spec, true);
          continue;
        }
        let value = a.slice(j + 1);
        if (value.startsWith("=")) value = value.slice(1);
        else if (value === "") {
          if (i + 1 >= args.length) throw new FlagError(`flag needs an argument: '${c}' in ${a}`);
          i += 1;
          value = args[i] ?? "";
        }
        set(spec, convert(spec, value, shownName));
        break;
      }
      continue;
    }
    positional.push(a);
  }
  return { positional, given, afterDash: undefined };
}

/** Repeated flags (--from-literal, --env) collect every value, as pflag's StringArray does. */
function collectValue(value: string): string[] {
  return value === "" ? [] : [value];
}

export class Flags {
  constructor(private readonly parsed: ParsedArgs, private readonly specs: readonly FlagSpec[]) {}

  has(name: string): boolean {
    return this.parsed.given.has(name);
  }

  private spec(name: string): FlagSpec | undefined {
    return [...this.specs, ...GLOBAL_FLAGS].find((s) => s.name === name);
  }

  string(name: string): string {
    const v = this.parsed.given.get(name) ?? this.spec(name)?.default;
    return typeof v === "string" ? v : v === undefined ? "" : String(v);
  }

  bool(name: string): boolean {
    const v = this.parsed.given.get(name) ?? this.spec(name)?.default;
    return v === true;
  }

  int(name: string): number {
    const v = this.parsed.given.get(name) ?? this.spec(name)?.default;
    return typeof v === "number" ? v : 0;
  }

  strings(name: string): string[] {
    const v = this.parsed.given.get(name);
    return Array.isArray(v) ? v : [];
  }
}
