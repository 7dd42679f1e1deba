import Link from "next/link";
import type { SessionUser } from "@/lib/server/current-user";
import { hasRole } from "@/lib/validations/user";
import { NavMenu } from "./nav-menu";
import { SignOutButton } from "./sign-out-button";

const linkClass = "rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800";

const MAIN_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/decks", label: "Decks" },
  { href: "/cards", label: "Cards" },
  { href: "/study", label: "Study" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/playground", label: "Playground" },
  { href: "/progress", label: "Progress" },
  { href: "/settings", label: "Settings" },
];

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Main" className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-2 text-lg font-semibold tracking-tight">
          Kubedeck
        </Link>
        {user ? (
          <>
            <NavMenu
              links={[
                ...MAIN_LINKS,
                ...(hasRole(user.role, "instructor") ? [{ href: "/instructor", label: "Instructor" }] : []),
                ...(hasRole(user.role, "admin") ? [{ href: "/admin", label: "Admin" }] : []),
              ]}
            />
            <span className="ml-auto flex items-center gap-3 text-sm">
              <span data-testid="current-user" className="hidden sm:inline">
                {user.name} <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{user.role}</span>
              </span>
              <SignOutButton />
            </span>
          </>
        ) : (
          <span className="ml-auto flex items-center gap-2 text-sm">
            <Link href="/signin" className={linkClass}>Sign in</Link>
            <Link href="/signup" className="rounded bg-sky-600 px-3 py-1.5 font-medium text-white hover:bg-sky-700">Sign up</Link>
          </span>
        )}
      </nav>
    </header>
  );
}
