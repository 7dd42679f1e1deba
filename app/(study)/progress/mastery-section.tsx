import { BarChart } from "@/app/_components/charts/bar-chart";
import { ChartPanel } from "@/app/_components/charts/chart-panel";
import { DataTable } from "@/app/_components/charts/data-table";
import type { TopicMastery } from "@/lib/srs";

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** Per deck: the share of its cards the learner would recall today (never-studied cards count as 0). */
export function MasterySection({ mastery }: { mastery: readonly TopicMastery[] }) {
  const best = [...mastery].sort((a, b) => b.mastery - a.mastery)[0];
  const summary = best && best.mastery > 0 ? `Strongest deck: ${best.topic} (${percent(best.mastery)} you would recall today).` : "Study some cards and each deck's mastery appears here.";
  return (
    <ChartPanel id="mastery" title="Mastery by deck" summary={summary}>
      <BarChart
        title="Share of each deck's cards you would recall today"
        valueName="Mastery"
        percent
        horizontal
        height={Math.max(160, mastery.length * 28 + 40)}
        data={mastery.map((topic) => ({ label: topic.topic, value: topic.mastery }))}
      />
      <DataTable caption="Mastery by deck" columns={["Deck", "Cards", "Would recall today"]} rows={mastery.map((topic) => [topic.topic, topic.cards, percent(topic.mastery)])} />
    </ChartPanel>
  );
}
