import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

/** Renders card Markdown safely (no raw HTML), with code blocks, inline code and links kept. */
export function Markdown({ text, className = "" }: { text: string; className?: string }) {
  return (
    <div
      className={`space-y-2 break-words [&_a]:text-sky-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em] [&_li]:ml-5 [&_ol]:list-decimal [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0 [&_ul]:list-disc dark:[&_a]:text-sky-400 dark:[&_code]:bg-slate-800 dark:[&_pre]:bg-slate-900 ${className}`}
    >
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
