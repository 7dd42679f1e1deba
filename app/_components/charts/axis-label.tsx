/** Labels longer than this are cut with "…"; the full name shows on hover (SVG <title>) and in the table. */
export const MAX_LABEL_CHARS = 22;

export function shortLabel(label: string, max = MAX_LABEL_CHARS): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** A category axis label that never runs into its neighbours: one line, cut to fit, full name on hover. */
export function CategoryTick({ x = 0, y = 0, payload }: TickProps) {
  const label = String(payload?.value ?? "");
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fill="currentColor" fontSize={12} data-testid="axis-label">
      <title>{label}</title>
      {shortLabel(label)}
    </text>
  );
}
