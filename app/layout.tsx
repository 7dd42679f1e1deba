import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/server/current-user";
import { SiteHeader } from "./_components/site-header";
import { SkipLink } from "./_components/skip-link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Kubedeck", template: "%s · Kubedeck" },
  description: "Learn Kubernetes with spaced repetition and scenario quizzes graded by a simulated cluster.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SkipLink />
        <SiteHeader user={user} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl px-4 py-6 outline-none sm:px-6">
          {children}
        </main>
      </body>
    </html>
  );
}
