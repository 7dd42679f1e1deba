import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cachedClassProgress } from "@/lib/server/classes/cached-class-progress";
import { taughtClassForPage } from "@/lib/server/classes/taught-class-for-page";
import { requireUser } from "@/lib/server/require-user";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";
import { HeatmapGrid } from "../../_components/heatmap-grid";
import { HardestCards, Misconceptions } from "../../_components/insight-lists";
import { LearnersTable } from "../../_components/learners-table";
import { Panel } from "../../_components/panel";

export const metadata: Metadata = { title: "Learner" };

/** One learner's progress, restricted to what is assigned in this class. */
export default async function LearnerPage({ params }: { params: Promise<{ classId: string; userId: string }> }) {
  const { classId, userId } = await params;
  const user = await requireUser(`/instructor/classes/${classId}/learners/${userId}`, { role: "instructor" });
  const taught = await taughtClassForPage(user, classId);
  const now = new Date();
  const progress = await cachedClassProgress(classId, now, userId);
  const learner = progress.learners[0];
  if (!learner) notFound();
  const titles = new Map((await listScenarios(user.id)).map((scenario) => [scenario.id, scenario.title]));
  return (
    <section className="space-y-6">
      <p className="text-sm"><Link className="underline" href={`/instructor/classes/${classId}`}>← {taught.name}</Link></p>
      <h1 className="text-2xl font-semibold">{learner.name || learner.email}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">Only what is assigned in {taught.name} is shown: the learner&apos;s other decks and scenarios stay private.</p>
      <Panel id="learner-progress" title="Progress"><LearnersTable classId={classId} learners={progress.learners} scenarioTitles={titles} now={now} /></Panel>
      <Panel id="learner-scenarios" title="Scenario checks failed"><Misconceptions scenarios={progress.scenarios} titles={titles} /></Panel>
      <Panel id="learner-cards" title="Hardest cards for this learner"><HardestCards cards={progress.cards} /></Panel>
      <Panel id="learner-mastery" title="Mastery by topic"><HeatmapGrid heatmap={progress.heatmap} learners={progress.learners} /></Panel>
    </section>
  );
}
