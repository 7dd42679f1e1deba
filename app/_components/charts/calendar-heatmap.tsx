"use client";

/**
 * Reviews per day as a calendar heatmap (GitHub style): one column per week, Monday on top, darker
 * for more reviews. Plain SVG. A client component only so the page ships the 365 counts instead of
 * the rendered cells twice (HTML and server-component payload); it has no state.
 */
import { MONTHS, type HeatmapDay } from "./heatmap-data";

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const TOP = 14;
const LEFT = 24;
const LEVELS = ["fill-slate-200 dark:fill-slate-800", "fill-sky-200 dark:fill-sky-900", "fill-sky-400 dark:fill-sky-700", "fill-sky-600 dark:fill-sky-500", "fill-sky-800 dark:fill-sky-300"];

/** Monday = 0 … Sunday = 6 */
function weekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function level(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

export function CalendarHeatmap({ days, label }: { days: readonly HeatmapDay[]; label: string }) {
  const first = days[0];
  if (!first) return null;
  const offset = weekday(first.day);
  const max = Math.max(0, ...days.map((d) => d.count));
  const weeks = Math.ceil((offset + days.length) / 7);
  const cells = days.map((d, index) => ({ ...d, column: Math.floor((offset + index) / 7), row: (offset + index) % 7 }));
  const monthStarts = cells.filter((cell) => cell.day.endsWith("-01"));
  return (
    // dir="rtl" starts a narrow screen's scroll at the right end: the most recent weeks.
    <div className="overflow-x-auto" dir="rtl">
      <div dir="ltr" className="min-w-[36rem]">
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${LEFT + weeks * STEP} ${TOP + 7 * STEP}`}
          className="h-auto w-full text-slate-600 dark:text-slate-400"
          data-testid="calendar-heatmap"
        >
          {monthStarts.map((cell) => (
            <text key={cell.day} x={LEFT + cell.column * STEP} y={10} fontSize={9} fill="currentColor">
              {MONTHS[Number(cell.day.slice(5, 7)) - 1]}
            </text>
          ))}
          {["Mon", "Wed", "Fri"].map((name, index) => (
            <text key={name} x={0} y={TOP + (index * 2) * STEP + CELL - 2} fontSize={9} fill="currentColor">
              {name}
            </text>
          ))}
          {LEVELS.map((fill, index) => (
            <g key={fill} className={fill}>
              {cells
                .filter((cell) => level(cell.count, max) === index)
                .map((cell) => (
                  <rect key={cell.day} x={LEFT + cell.column * STEP} y={TOP + cell.row * STEP} width={CELL} height={CELL} rx={2}>
                    {cell.count > 0 && <title>{`${cell.day}: ${cell.count} review${cell.count === 1 ? "" : "s"}`}</title>}
                  </rect>
                ))}
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}
