import type { Metadata } from "next";
import { requireUser } from "@/lib/server/require-user";
import { getSettingsView } from "@/lib/server/settings/settings-view";
import { AccountClient } from "./account-client";
import { listApiTokens } from "@/lib/server/tokens/list-api-tokens";
import { ApiTokensClient } from "./api-tokens-client";
import { OptimiseClient } from "./optimise-client";
import { SettingsFormClient } from "./settings-form-client";
import { YourDataSection } from "./your-data-section";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [settings, tokens] = await Promise.all([getSettingsView(user.id), listApiTokens(user.id, new Date())]);
  return (
    <section className="mx-auto max-w-2xl space-y-8">
      <h1 className="text-2xl font-semibold">Study settings</h1>
      <SettingsFormClient initial={settings} />
      <OptimiseClient personalParameters={settings.personalParameters} parametersFitAt={settings.parametersFitAt} />
      <YourDataSection />
      <AccountClient />
      <ApiTokensClient tokens={tokens} />
    </section>
  );
}
