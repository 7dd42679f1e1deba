import type { ReactNode } from "react";

interface DataTableProps {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly ReactNode[])[];
  /** Open by default (e.g. when there is nothing to plot yet). */
  readonly open?: boolean;
}

/** The text alternative of a chart: the same numbers as a table, behind "Show as table". */
export function DataTable({ caption, columns, rows, open = false }: DataTableProps) {
  return (
    <details open={open} className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-sky-700 underline dark:text-sky-400">Show as table</summary>
      <div className="max-h-80 overflow-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              {columns.map((column) => (
                <th key={column} scope="col" className="py-1 pr-3 font-medium">{column}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} className="border-b border-slate-100 dark:border-slate-900">
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex} className="py-1 pr-3">{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
