import { BarChart } from "@/app/_components/charts/bar-chart";
import { ChartPanel } from "@/app/_components/charts/chart-panel";
import { DataTable } from "@/app/_components/charts/data-table";
import type { RetentionBucket, TrueRetention } from "@/lib/srs";

const percent = (bucket: RetentionBucket) => (bucket.rate === null ? "—" : `${Math.round(bucket.rate * 100)} %`);

/** True retention over the last 30 days: the share of review answers that were not Again. */
export function RetentionSection({ retention }: { retention: TrueRetention }) {
  const rows = [
    { label: "Young (interval under 21 days)", bucket: retention.young },
    { label: "Mature (21 days or more)", bucket: retention.mature },
    { label: "All", bucket: retention.all },
  ];
  const summary =
    retention.all.reviews === 0
      ? "No reviews of learnt cards in the last 30 days yet: retention appears once cards come back for review."
      : `You remembered ${percent(retention.all)} of ${retention.all.reviews} reviews in the last 30 days (young ${percent(retention.young)}, mature ${percent(retention.mature)}).`;
  return (
    <ChartPanel id="retention" title="True retention (30 days)" summary={summary}>
      <BarChart
        title="True retention over the last 30 days, young and mature cards"
        valueName="Retention"
        percent
        data={[
          { label: "Young", value: retention.young.rate ?? 0 },
          { label: "Mature", value: retention.mature.rate ?? 0 },
        ]}
      />
      <DataTable
        caption="True retention over the last 30 days"
        columns={["Cards", "Reviews", "Remembered", "Retention"]}
        rows={rows.map((row) => [row.label, row.bucket.reviews, row.bucket.passed, percent(row.bucket)])}
      />
    </ChartPanel>
  );
}
