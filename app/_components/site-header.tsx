import Link from "next/link";
import type { SessionUser } from "@/lib/server/current-user";
import { hasRole } from "@/lib/validations/user";
import { SignOutButton } from "./sign-out-button";

const linkClass = "rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800";

export function SiteHeader({ user }: { user: SessionUser | null }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <nav aria-label="Main" className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-2 text-lg font-semibold tracking-tight">
          Kubedeck
        </Link>
        {user ? (
          <>
            <Link href="/dashboard" className={linkClass}>Dashboard</Link>
            <Link href="/decks" className={linkClass}>Decks</Link>
            <Link href="/study" className={linkClass}>Study</Link>
            <Link href="/scenarios" className={linkClass}>Scenarios</Link>
            <Link href="/playground" className={linkClass}>Playground</Link>
            <Link href="/progress" className={linkClass}>Progress</Link>
            <Link href="/settings" className={linkClass}>Settings</Link>
            {hasRole(user.role, "instructor") && <Link href="/instructor" className={linkClass}>Instructor</Link>}
            <span className="ml-auto flex items-center gap-3 text-sm">
              <span data-testid="current-user">
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
