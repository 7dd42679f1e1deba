import { accountCommand } from "../account-command";

export const command = accountCommand({
  name: "user:disable",
  summary: "Disable an account: it cannot sign in and its sessions stop working.",
  usage: `Usage: npx kubedeck user:disable --email EMAIL

Disables the account with EMAIL in the database named by DATABASE_URL: it can no longer sign in and
its open sessions stop working at once; its data is kept (\`user:enable\` undoes it). The only
enabled admin cannot be disabled. Exit codes: 0 disabled, 1 refused (no such account, last admin), 2 usage error.`,
  change: () => ({ disabled: true }),
  done: (before, after) => (before.disabledAt ? `${after.email} was already disabled.` : `Disabled ${after.email}: it can no longer sign in, and its sessions have stopped working.`),
});
