import type { Metadata } from "next";
import { secondaryButton } from "@/app/_components/button-classes";
import { ensureContentSynced } from "@/lib/server/ensure-content";
import { loadProgress } from "@/lib/server/progress/load-progress";
import { requireUser } from "@/lib/server/require-user";
import { ActivitySection } from "./activity-section";
import { CardsSection } from "./cards-section";
import { ForecastSection } from "./forecast-section";
import { MasterySection } from "./mastery-section";
import { RetentionSection } from "./retention-section";
import { ScenarioResults } from "./scenario-results";
import { TroubleCards } from "./trouble-cards";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireUser("/progress");
  await ensureContentSynced();
  const progress = await loadProgress(user.id, new Date());
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Your progress</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">Days are study days in {progress.timeZone}, starting at 4 a.m. Undone reviews are not counted.</p>
        </div>
        <a href="/api/reviews/export" download className={secondaryButton}>Export reviews (CSV)</a>
      </div>
      <ActivitySection days={progress.reviewsPerDay} streak={progress.streak} totalReviews={progress.totalReviews} />
      <div className="grid gap-6 lg:grid-cols-2">
        <RetentionSection retention={progress.retention} />
        <ForecastSection forecast={progress.forecast} />
        <CardsSection states={progress.states} />
        <MasterySection mastery={progress.mastery} />
      </div>
      <TroubleCards cards={progress.troubleCards} />
      <ScenarioResults results={progress.scenarios} />
    </section>
  );
}
