import { secondaryButton } from "@/app/_components/button-classes";

/** Where a learner downloads everything their account owns (GET /api/me/export). */
export function YourDataSection() {
  return (
    <section aria-labelledby="your-data" className="space-y-2">
      <h2 id="your-data" className="text-lg font-semibold">Your data</h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        One JSON file with your account, settings, the decks you imported (with their notes), your card schedules, every review and
        your scenario attempts.
      </p>
      <a href="/api/me/export" download className={secondaryButton}>Download my data (JSON)</a>
    </section>
  );
}
