/**
 * The `diff edited` step of a command task: a hunk of context lines (` ` or bare), removed lines
 * (`-`) and added lines (`+`), applied to the text the editor opened with. It lets an author write
 * "change targetPort" in three lines instead of copying the whole object `kubectl edit` shows.
 */
export function applyEditPatch(original: string, patch: string): { text: string } | { error: string } {
  const before: string[] = [];
  const after: string[] = [];
  for (const raw of patch.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n")) {
    const mark = raw[0];
    if (mark === "-") before.push(raw.slice(1));
    else if (mark === "+") after.push(raw.slice(1));
    else {
      const line = mark === " " ? raw.slice(1) : raw;
      before.push(line);
      after.push(line);
    }
  }
  if (before.length === 0) return { error: "the diff has no context or removed lines to find in the editor's text" };
  const lines = original.split("\n");
  const at: number[] = [];
  for (let i = 0; i + before.length <= lines.length; i += 1) {
    if (before.every((line, k) => lines[i + k] === line)) at.push(i);
  }
  const first = at[0];
  if (first === undefined) return { error: `the diff's lines are not in the text the editor opened with (looked for: ${JSON.stringify(before.join("\n"))})` };
  if (at.length > 1) return { error: `the diff's lines appear ${at.length} times in the editor's text: add context lines so they match once` };
  return { text: [...lines.slice(0, first), ...after, ...lines.slice(first + before.length)].join("\n") };
}
