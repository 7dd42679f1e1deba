import { BarChart } from "@/app/_components/charts/bar-chart";
import { ChartPanel } from "@/app/_components/charts/chart-panel";
import { DataTable } from "@/app/_components/charts/data-table";
import type { CardsByState } from "@/lib/srs";

/** How many of the learner's cards are new, learning, in review or relearning. */
export function CardsSection({ states }: { states: CardsByState }) {
  const rows = [
    { label: "New", value: states.new },
    { label: "Learning", value: states.learning },
    { label: "Review", value: states.review },
    { label: "Relearning", value: states.relearning },
  ];
  const summary = `${states.total} cards: ${rows.map((row) => `${row.value} ${row.label.toLowerCase()}`).join(", ")}. ${states.suspended} suspended, ${states.leech} leeches.`;
  return (
    <ChartPanel id="cards" title="Cards by state" summary={summary}>
      <BarChart title="Number of cards in each state" valueName="Cards" data={rows} />
      <DataTable caption="Cards by state" columns={["State", "Cards"]} rows={[...rows, { label: "Suspended (any state)", value: states.suspended }, { label: "Leeches", value: states.leech }].map((row) => [row.label, row.value])} />
    </ChartPanel>
  );
}
