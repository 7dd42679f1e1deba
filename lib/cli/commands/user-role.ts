import { accountCommand } from "../account-command";

const article = (role: string) => `${/^[aeiou]/.test(role) ? "an" : "a"} ${role}`;

export const command = accountCommand({
  name: "user:role",
  summary: "Change an account's role (learner, instructor or admin).",
  usage: `Usage: npx kubedeck user:role --email EMAIL --role learner|instructor|admin

Changes the role of the account with EMAIL in the database named by DATABASE_URL. The only enabled
admin cannot be demoted. Exit codes: 0 changed, 1 refused (no such account, invalid role, last admin), 2 usage error.`,
  options: ["role"],
  change: ({ role }) => (role ? { role } : "--role is required."),
  done: (before, after) => (before.role === after.role ? `${after.email} is already ${article(after.role)}.` : `${after.email} is now ${article(after.role)} (was ${article(before.role)}).`),
});
