import { accountCommand } from "../account-command";

export const command = accountCommand({
  name: "user:enable",
  summary: "Enable a disabled account again.",
  usage: `Usage: npx kubedeck user:enable --email EMAIL

Enables the account with EMAIL in the database named by DATABASE_URL again, so it can sign in.
Exit codes: 0 enabled, 1 refused (no such account), 2 usage error.`,
  change: () => ({ disabled: false }),
  done: (before, after) => (before.disabledAt ? `Enabled ${after.email}: it can sign in again.` : `${after.email} was not disabled.`),
});
