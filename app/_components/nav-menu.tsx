"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";

const linkClass = "rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800";

/**
 * The signed-in navigation: a row of links on wide screens; on a phone a Menu button that opens
 * them as a list of full-width, thumb-sized links.
 */
export function NavMenu({ links }: { links: { href: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState<string | null>(null);
  const pathname = usePathname();
  // Following a link closes the menu: it stays open only on the page it was opened on.
  const shown = open && openedAt === pathname;
  const current = (href: string) => (pathname === href || pathname.startsWith(`${href}/`) ? "page" : undefined);
  return (
    <>
      <span className="hidden flex-wrap items-center gap-2 sm:flex">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className={linkClass} aria-current={current(link.href)}>{link.label}</Link>
        ))}
      </span>
      <button
        type="button"
        className="min-h-11 rounded border border-slate-300 px-3 text-sm sm:hidden dark:border-slate-700"
        aria-expanded={shown}
        aria-controls="nav-menu"
        onClick={() => {
          setOpen(!shown);
          setOpenedAt(pathname);
        }}
      >
        Menu
      </button>
      {shown && (
        <ul id="nav-menu" className="order-last w-full space-y-1 border-t border-slate-200 pt-2 sm:hidden dark:border-slate-800">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="flex min-h-11 items-center rounded px-2 hover:bg-slate-100 dark:hover:bg-slate-800" aria-current={current(link.href)}>{link.label}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
