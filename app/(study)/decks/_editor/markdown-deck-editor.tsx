"use client";

import { markdown } from "@codemirror/lang-markdown";
import { linter, lintGutter, type Diagnostic } from "@codemirror/lint";
import CodeMirror from "@uiw/react-codemirror";
import { useMemo } from "react";
import type { DeckDiagnostic } from "@/lib/decks/parse-deck-markdown";

interface MarkdownDeckEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The parser's and linter's findings for `value`, shown inline at their lines. */
  diagnostics: readonly DeckDiagnostic[];
}

/** The deck's Markdown with highlighting and the parser's diagnostics at their lines. */
export function MarkdownDeckEditor({ value, onChange, diagnostics }: MarkdownDeckEditorProps) {
  const extensions = useMemo(
    () => [
      markdown(),
      lintGutter(),
      linter(
        (view): Diagnostic[] => {
          const doc = view.state.doc;
          return diagnostics.map((item) => {
            const line = doc.line(Math.min(Math.max(item.line, 1), doc.lines));
            return { from: line.from, to: line.to, severity: item.severity, message: item.message };
          });
        },
        { delay: 250 },
      ),
    ],
    [diagnostics],
  );
  return (
    <div className="overflow-hidden rounded border border-slate-300 text-sm dark:border-slate-700" data-testid="deck-markdown">
      <CodeMirror value={value} onChange={onChange} extensions={extensions} minHeight="28rem" basicSetup={{ lineNumbers: true, foldGutter: false }} aria-label="Deck Markdown" />
    </div>
  );
}
