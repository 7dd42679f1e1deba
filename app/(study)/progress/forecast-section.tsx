import { BarChart } from "@/app/_components/charts/bar-chart";
import { ChartPanel } from "@/app/_components/charts/chart-panel";
import { DataTable } from "@/app/_components/charts/data-table";
import type { DayCount } from "@/lib/srs";

/** Cards falling due on each of the next 30 study days (overdue cards count today). */
export function ForecastSection({ forecast }: { forecast: readonly DayCount[] }) {
  const total = forecast.reduce((sum, day) => sum + day.count, 0);
  const today = forecast[0]?.count ?? 0;
  const summary = `${today} due today, ${total} over the next 30 days.`;
  return (
    <ChartPanel id="forecast" title="Due in the next 30 days" summary={summary}>
      <BarChart
        title="Reviews due per day over the next 30 days"
        valueName="Cards due"
        data={forecast.map((day, index) => ({ label: index === 0 ? "Today" : day.day.slice(5), value: day.count }))}
      />
      <DataTable caption="Reviews due per day" columns={["Day", "Cards due"]} rows={forecast.map((day, index) => [index === 0 ? `${day.day} (today)` : day.day, day.count])} />
    </ChartPanel>
  );
}
