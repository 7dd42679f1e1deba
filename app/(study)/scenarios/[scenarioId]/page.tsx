import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/app/_components/markdown";
import { startingPicture } from "@/lib/scenarios";
import { ApiError } from "@/lib/server/api-error";
import { db } from "@/lib/server/db";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { GRADING_SEED } from "@/lib/server/scenarios/grade-attempt";
import { getScenarioOrThrow } from "@/lib/server/scenarios/get-scenario";
import { ClusterPictureView } from "./cluster-picture-view";
import { ScenarioClient } from "./scenario-client";

export const metadata: Metadata = { title: "Scenario" };

function lastAnswerText(answer: string | undefined): string {
  if (!answer) return "";
  try {
    const files = JSON.parse(answer) as { text: string }[];
    return files.map((file) => file.text).join("\n---\n");
  } catch {
    return "";
  }
}

export default async function ScenarioPage({ params }: { params: Promise<{ scenarioId: string }> }) {
  const { scenarioId } = await params;
  const user = await requireUser(`/scenarios/${scenarioId}`);
  await ensureContentSynced();
  const { scenario } = await getScenarioOrThrow(scenarioId).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  });
  const [last, passedBefore] = await Promise.all([
    db.scenarioAttempt.findFirst({ where: { userId: user.id, scenarioId }, orderBy: { createdAt: "desc" }, select: { answer: true } }),
    db.scenarioAttempt.count({ where: { userId: user.id, scenarioId, passed: true } }),
  ]);
  const starting = startingPicture(scenario, GRADING_SEED);
  const solutions = passedBefore > 0 ? scenario.solutions.map(({ title, files, explanation }) => ({ title, files, explanation })) : [];
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{scenario.title}</h1>
        <p className="mt-1 text-sm text-slate-500">{scenario.difficulty} · {scenario.topics.join(", ")}</p>
      </div>
      <Markdown text={scenario.task} />
      <details open className="space-y-2">
        <summary className="cursor-pointer font-medium">The starting cluster</summary>
        {scenario.clusterText && <Markdown text={scenario.clusterText} className="text-sm" />}
        {starting && <ClusterPictureView picture={starting} label="Starting cluster" />}
      </details>
      <ScenarioClient scenarioId={scenario.id} hints={scenario.hints} initialAnswer={lastAnswerText(last?.answer)} initialSolutions={solutions} />
    </section>
  );
}
