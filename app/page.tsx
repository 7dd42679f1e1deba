import Link from "next/link";
import { redirect } from "next/navigation";
import { primaryButton, secondaryButton } from "./_components/button-classes";
import { getCurrentUser } from "@/lib/server/current-user";

export default async function HomePage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <section className="space-y-6 py-10">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn Kubernetes so it sticks.</h1>
      <p className="max-w-2xl text-lg text-slate-600 dark:text-slate-300">
        Kubedeck turns notes into flashcards scheduled with FSRS, and grades the manifests you write
        against a simulated cluster that explains what happened, the way <code>kubectl describe</code> would.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/signup" className={primaryButton}>Create an account</Link>
        <Link href="/signin" className={secondaryButton}>Sign in</Link>
      </div>
    </section>
  );
}
