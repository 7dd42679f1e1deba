import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import Link from "next/link";
import { Markdown } from "@/app/_components/markdown";
import { requireUser } from "@/lib/server/require-user";

export const metadata: Metadata = { title: "Note styles guide" };

/** The authoring guide's sections a learner needs: the card kinds and how loosely their own notes are read. */
function learnerSections(readme: string): string {
  const start = readme.indexOf("## Card kinds");
  const tags = readme.indexOf("## Tags");
  const learners = readme.indexOf("## Learners' notes");
  const kinds = start >= 0 ? readme.slice(start, tags > start ? tags : undefined) : readme;
  return learners >= 0 ? `${kinds}\n${readme.slice(learners)}` : kinds;
}

export default async function NoteStylesGuidePage() {
  await requireUser("/decks/import/guide");
  const readme = await readFile(path.join(process.cwd(), "content", "README.md"), "utf8");
  return (
    <section className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Which notes become cards</h1>
      <p><Link className="text-sky-700 underline dark:text-sky-400" href="/decks/import">Back to Import my notes</Link></p>
      <Markdown text={learnerSections(readme)} className="[&_h2]:mt-6 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:font-semibold" />
    </section>
  );
}
