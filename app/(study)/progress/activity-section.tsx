import { CalendarHeatmap } from "@/app/_components/charts/calendar-heatmap";
import { monthlyTotals } from "@/app/_components/charts/heatmap-data";
import { ChartPanel } from "@/app/_components/charts/chart-panel";
import { DataTable } from "@/app/_components/charts/data-table";
import type { DayCount, Streak } from "@/lib/srs";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Reviews per day over the last year as a calendar heatmap, with the streak. */
export function ActivitySection({ days, streak, totalReviews }: { days: readonly DayCount[]; streak: Streak; totalReviews: number }) {
  const lastYear = days.reduce((sum, day) => sum + day.count, 0);
  const active = days.filter((day) => day.count > 0).length;
  const summary = `${plural(lastYear, "review")} on ${plural(active, "day")} in the last year (${totalReviews} in all). Streak: ${plural(streak.current, "day")}${streak.studiedToday ? " including today" : streak.current > 0 ? " (study today to keep it)" : ""}; longest ${plural(streak.longest, "day")}.`;
  return (
    <ChartPanel id="activity" title="Reviews per day" summary={summary}>
      <p className="text-3xl font-semibold" data-testid="streak">
        {streak.current} <span className="text-base font-normal text-slate-600 dark:text-slate-400">day streak</span>
      </p>
      <CalendarHeatmap days={days} label={`Calendar of reviews per day over the last year: ${summary}`} />
      <DataTable
        caption="Reviews per month over the last year"
        columns={["Month", "Reviews", "Days studied"]}
        rows={monthlyTotals(days).map((month) => [month.month, month.reviews, month.activeDays])}
      />
    </ChartPanel>
  );
}
