/** Loads the Kubernetes documentation examples beside the repository (../shared/corpus), when present. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ManifestSource } from "@/lib/cluster/admission";

export const CORPUS_DIR = resolve(fileURLToPath(new URL(".", import.meta.url)), "../../../../../shared/corpus/k8s-website-examples");

export function corpusAvailable(): boolean {
  return existsSync(CORPUS_DIR);
}

export function loadCorpus(): ManifestSource[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ya?ml|json)$/.test(name)) files.push(path);
    }
  };
  walk(CORPUS_DIR);
  return files.map((file) => ({ file: relative(CORPUS_DIR, file), text: readFileSync(file, "utf8") }));
}
