import type { Metadata } from "next";
import { db } from "@/lib/server/db";
import { listMyClasses } from "@/lib/server/classes/list-classes";
import { requireUser } from "@/lib/server/require-user";
import { scenarioSharing } from "@/lib/server/scenarios/scenario-visibility";
import { ScenarioEditorClient } from "./scenario-editor-client";

export const metadata: Metadata = { title: "Scenario editor" };

const TEMPLATE = `---
id: my-scenario
title: A new scenario
topics: [deployments]
difficulty: easy
---

## Task

What the learner must do.

## Starting cluster

An empty cluster.

## Checks

\`\`\`checks
\`\`\`
`;

/** Instructors write scenarios here (?id= opens the latest revision of one of theirs). */
export default async function ScenarioEditorPage({ searchParams }: { searchParams: Promise<{ id?: string }> }) {
  const user = await requireUser("/instructor/scenarios/editor", { role: "instructor" });
  const { id } = await searchParams;
  const latest = id ? await db.scenarioRevision.findFirst({ where: { scenarioId: id, ownerId: user.id }, orderBy: { number: "desc" } }) : null;
  const [classes, sharing] = await Promise.all([listMyClasses(user), latest ? scenarioSharing(db, latest.scenarioId) : Promise.resolve({ visibility: "public" as const, classIds: [] })]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{latest ? `Edit scenario “${latest.scenarioId}”` : "New scenario"}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">The format of content/scenarios/README.md. It is verified as you type, as <code>npx kubedeck lint</code> does; only a scenario that verifies can be published.</p>
      <ScenarioEditorClient
        initialMarkdown={latest?.markdown ?? TEMPLATE}
        existingId={latest?.scenarioId ?? null}
        visibility={sharing.visibility}
        sharedWith={sharing.classIds}
        teaching={classes.teaching.map(({ id: classId, name }) => ({ id: classId, name }))}
      />
    </section>
  );
}
