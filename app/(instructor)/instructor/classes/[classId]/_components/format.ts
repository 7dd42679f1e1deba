/** Number formats the class page shares. */
export const percent = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

export function relativeDay(iso: string | null, now: Date): string {
  if (!iso) return "never";
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  return days <= 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}

export const shortDate = (date: Date | string | null) => (date ? new Date(date).toISOString().slice(0, 10) : "no due date");
