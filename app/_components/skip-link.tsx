"use client";

import { usePathname } from "next/navigation";

/** The first Tab stop of every page: straight to the content, or to the card on the study page. */
export function SkipLink() {
  const studying = usePathname() === "/study";
  const target = studying ? "card" : "main";
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target) ?? document.getElementById("main");
        if (!element) return;
        event.preventDefault();
        element.focus();
        element.scrollIntoView({ block: "start" });
      }}
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow dark:focus:bg-slate-900"
    >
      {studying ? "Skip to the card" : "Skip to content"}
    </a>
  );
}
