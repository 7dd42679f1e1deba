/** The Markdown files under a path (the path itself when it is a file); README.md, dot folders and node_modules skipped. */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export function walkMarkdown(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const child = join(path, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith(".") || entry.name === "node_modules" ? [] : walkMarkdown(child);
      return /\.md$/i.test(entry.name) && entry.name.toLowerCase() !== "readme.md" ? [child] : [];
    });
}
