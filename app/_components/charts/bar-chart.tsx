"use client";

import { useSyncExternalStore } from "react";
import { CategoryTick } from "./axis-label";
import { Bar, BarChart as RechartsBarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";

export interface BarDatum {
  readonly label: string;
  readonly value: number;
}

interface BarChartProps {
  readonly data: readonly BarDatum[];
  /** What the chart shows, read out by screen readers (the table beside it has the numbers). */
  readonly title: string;
  readonly valueName: string;
  /** Values are shares (0–1) shown as percentages. */
  readonly percent?: boolean;
  /** Horizontal bars with the labels on the left (long labels such as topic names). */
  readonly horizontal?: boolean;
  readonly height?: number;
}

const noSubscription = () => () => {};

const formatPercent = (value: number) => `${Math.round(value * 100)}\u00a0%`;

/**
 * A single-series bar chart that fits its container; colours follow light and dark mode. It is
 * drawn in the browser only: a chart that sizes itself to its container cannot be drawn on the
 * server, and skipping recharts there keeps the page fast (the table beside it has the numbers).
 */
export function BarChart({ data, title, valueName, percent = false, horizontal = false, height = 220 }: BarChartProps) {
  const inBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!inBrowser) return <div style={{ height }} aria-hidden="true" />;
  const format = percent ? formatPercent : (value: number) => String(value);
  const rows = data.map((datum) => ({ label: datum.label, value: datum.value }));
  return (
    <figure className="text-slate-700 dark:text-slate-300" data-testid="bar-chart">
      <RechartsBarChart
        responsive
        data={rows}
        layout={horizontal ? "vertical" : "horizontal"}
        style={{ width: "100%", height }}
        margin={{ top: 8, right: 16, bottom: 8, left: horizontal ? 8 : 0 }}
        accessibilityLayer
        title={title}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
        {horizontal ? (
          <>
            <XAxis type="number" domain={percent ? [0, 1] : [0, "auto"]} tickFormatter={format} tick={{ fill: "currentColor", fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={160} tick={<CategoryTick />} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="label" tick={{ fill: "currentColor", fontSize: 12 }} />
            <YAxis allowDecimals={percent} domain={percent ? [0, 1] : [0, "auto"]} tickFormatter={format} tick={{ fill: "currentColor", fontSize: 12 }} width={percent ? 52 : 40} />
          </>
        )}
        <Tooltip formatter={(value) => [typeof value === "number" ? format(value) : String(value), valueName]} contentStyle={{ color: "#0f172a" }} />
        <Bar dataKey="value" name={valueName} fill="#0284c7" isAnimationActive={false} />
      </RechartsBarChart>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
