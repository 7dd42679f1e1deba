/** Tells a pushed file's kind from its content: a scenario has `difficulty:` in its front matter or a `## Checks` section. */
export type SourceKind = "deck" | "scenario";

export function classifySource(markdown: string): SourceKind {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)?.[1] ?? "";
  if (/^difficulty\s*:/m.test(frontMatter)) return "scenario";
  return /^##\s+Checks\s*$/m.test(markdown) ? "scenario" : "deck";
}
