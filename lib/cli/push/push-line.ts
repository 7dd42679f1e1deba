/** The one line `kubedeck push` prints per file, e.g. `decks/pods.md: updated revision 4 (+2 ~1 -0)`. */

export interface PushOutcome {
  action: "created" | "updated" | "unchanged";
  revision: number;
  added: number;
  changed: number;
  retired: number;
  dryRun: boolean;
}

export function formatPushLine(file: string, outcome: PushOutcome): string {
  const counts = `(+${outcome.added} ~${outcome.changed} -${outcome.retired})`;
  if (outcome.action === "unchanged") return `${file}: unchanged revision ${outcome.revision} ${counts}`;
  if (!outcome.dryRun) return `${file}: ${outcome.action} revision ${outcome.revision} ${counts}`;
  return `${file}: would ${outcome.action === "created" ? "create" : "update to"} revision ${outcome.revision} ${counts} (dry run)`;
}
