/** `--from-literal`, `--from-file` and `--from-env-file` for configmaps and secrets, read from the shell's files. */
import { KubectlError, type Invocation } from "./command";
import type { FlagSpec } from "./flags";

export const DATA_FLAGS: readonly FlagSpec[] = [
  { name: "from-literal", type: "strings" },
  { name: "from-file", type: "strings" },
  { name: "from-env-file", type: "strings" },
  { name: "append-hash", type: "bool", ignored: true },
];

export function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

export function collectData(inv: Invocation): Record<string, string> {
  const data: Record<string, string> = {};
  const put = (key: string, value: string): void => {
    if (key in data) throw new KubectlError(`error: cannot add key ${key}, another key by that name already exists in Data for ConfigMap "${inv.args[0] ?? ""}"`);
    data[key] = value;
  };
  for (const lit of inv.flags.strings("from-literal")) {
    const eq = lit.indexOf("=");
    if (eq <= 0) throw new KubectlError(`error: invalid literal source ${lit}, expected key=value`);
    put(lit.slice(0, eq), lit.slice(eq + 1));
  }
  for (const spec of inv.flags.strings("from-file")) {
    const eq = spec.indexOf("=");
    const path = eq < 0 ? spec : spec.slice(eq + 1);
    const files = inv.session.files;
    const text = files.read(path);
    if (text === undefined) {
      if (files.isDirectory(path)) { for (const name of files.list(path)) put(name, files.read(`${path}/${name}`) ?? ""); continue; }
      throw new KubectlError(`error: error reading ${path}: no such file or directory`);
    }
    put(eq < 0 ? path.split("/").pop() ?? path : spec.slice(0, eq), text);
  }
  for (const path of inv.flags.strings("from-env-file")) {
    const text = inv.session.files.read(path);
    if (text === undefined) throw new KubectlError(`error: error reading ${path}: no such file or directory`);
    for (const line of text.split("\n")) {
      const t = line.trim();
      if (t === "" || t.startsWith("#")) continue;
      const eq = t.indexOf("=");
      put(eq < 0 ? t : t.slice(0, eq), eq < 0 ? "" : t.slice(eq + 1));
    }
  }
  return data;
}
