import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/app/_components/markdown";
import { startingPicture } from "@/lib/scenarios";
import { formatTimeLimit } from "@/lib/scenarios/attempt-clock";
import { starterAnswer } from "@/lib/scenarios/starter-answer";
import { ApiError } from "@/lib/server/api-error";
import { getCurrentUser } from "@/lib/server/current-user";
import { db } from "@/lib/server/db";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { requireUser } from "@/lib/server/require-user";
import { GRADING_SEED } from "@/lib/server/scenarios/grade-attempt";
import { getScenarioOrThrow } from "@/lib/server/scenarios/get-scenario";
import { listScenarios } from "@/lib/server/scenarios/list-scenarios";
import { referenceSolutions } from "@/lib/server/scenarios/reference-solutions";
import { hintsShown } from "@/lib/server/scenarios/reveal-hints";
import { visibleScenariosWhere } from "@/lib/server/scenarios/scenario-visibility";
import { ClusterPictureView } from "./cluster-picture-view";
import { ScenarioClient } from "./scenario-client";

export async function generateMetadata({ params }: { params: Promise<{ scenarioId: string }> }): Promise<Metadata> {
  const { scenarioId } = await params;
  const user = await getCurrentUser();
  // Only a scenario the user may see names itself: one shared with other classes stays "Scenario".
  const row = user ? await db.scenario.findFirst({ where: { AND: [{ id: scenarioId }, await visibleScenariosWhere(user.id)] }, select: { title: true } }) : null;
  return { title: row ? `${row.title} · Scenario` : "Scenario" };
}

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
  const { scenario } = await getScenarioOrThrow(scenarioId, user.id).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 404) notFound();
    throw error;
  });
  const [last, passedBefore, hints, all] = await Promise.all([
    db.scenarioAttempt.findFirst({ where: { userId: user.id, scenarioId }, orderBy: { createdAt: "desc" }, select: { answer: true } }),
    db.scenarioAttempt.count({ where: { userId: user.id, scenarioId, passed: true } }),
    hintsShown(user.id, scenarioId),
    listScenarios(user.id),
  ]);
  const at = all.findIndex((item) => item.id === scenarioId);
  const next = all.slice(at + 1).find((item) => item.status !== "passed") ?? all.slice(at + 1)[0] ?? null;
  const starting = startingPicture(scenario, GRADING_SEED);
  const solutions = passedBefore > 0 ? referenceSolutions(scenario) : [];
  const commandTask = scenario.kind === "commands";
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{scenario.title}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {commandTask && <>Command task{scenario.timeLimitSeconds !== undefined && <> · {formatTimeLimit(scenario.timeLimitSeconds)}</>} · </>}
          {scenario.difficulty} · {scenario.topics.join(", ")}
        </p>
      </div>
      <Markdown text={scenario.task} />
      <details open={!commandTask} className="space-y-2">
        <summary className="cursor-pointer font-medium">The starting cluster</summary>
        {scenario.clusterText && <Markdown text={scenario.clusterText} className="text-sm" />}
        {starting && <ClusterPictureView picture={starting} label="Starting cluster" />}
      </details>
      <ScenarioClient
        scenarioId={scenario.id}
        kind={scenario.kind}
        timeLimitSeconds={commandTask ? scenario.timeLimitSeconds : undefined}
        cluster={{ nodes: scenario.cluster.nodes, given: scenario.cluster.given }}
        seed={GRADING_SEED}
        hints={scenario.hints}
        initialHintsShown={Math.min(hints, scenario.hints.length)}
        checks={scenario.checks.map(({ id, title }) => ({ id, title }))}
        initialAnswer={lastAnswerText(last?.answer) || (commandTask ? "" : starterAnswer(scenario))}
        initialSolutions={solutions}
        nextScenario={next ? { id: next.id, title: next.title } : null}
      />
    </section>
  );
}
