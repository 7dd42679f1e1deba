/** The terminal's line discipline: echo, submit, heredoc continuation, history recall, Ctrl-C. */
import { describe, expect, it } from "vitest";
import { createCluster } from "@/lib/cluster";
import { createShell } from "@/lib/kubectl";
import { LineEditor } from "@/lib/kubectl/line-editor";

function editor() {
  const shell = createShell(createCluster({ workers: 1 }));
  return { shell, ed: new LineEditor(() => shell.session.history, (t) => shell.isComplete(t), () => "$ ") };
}

describe("LineEditor", () => {
  it("echoes typed text, erases with Backspace and submits on Enter", () => {
    const { ed } = editor();
    expect(ed.feed("k get nx")).toEqual({ echo: "k get nx" });
    expect(ed.feed("\u007f")).toEqual({ echo: "\b \b" });
    ed.feed("s");
    expect(ed.feed("\r")).toEqual({ echo: "\r\n", submit: "k get ns" });
  });

  it("continues an open heredoc with a > prompt and submits the whole command", () => {
    const { ed } = editor();
    expect(ed.feed("cat <<EOF\r")).toEqual({ echo: "cat <<EOF\r\n> " });
    expect(ed.currentPrompt()).toBe("> ");
    expect(ed.feed("hi\rEOF\r")).toEqual({ echo: "hi\r\n> EOF\r\n", submit: "cat <<EOF\nhi\nEOF" });
  });

  it("recalls history with the arrows and drops the line with Ctrl-C", () => {
    const { shell, ed } = editor();
    shell.run("echo one");
    shell.run("echo two");
    expect(ed.feed("\u001b[A")).toEqual({ echo: "echo two" });
    expect(ed.feed("\u001b[A")).toEqual({ echo: `${"\b \b".repeat(8)}echo one` });
    expect(ed.feed("\u0003")).toEqual({ echo: "^C\r\n$ " });
    expect(ed.feed("\r")).toEqual({ echo: "\r\n$ " });
  });
});
