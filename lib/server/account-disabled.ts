import "server-only";
import { statement } from "./sqlite";

/**
 * Whether an admin disabled the account (User.disabledAt): its sessions stop working at once, on
 * every request, as a deleted account's do. A prepared statement on the direct connection, like the
 * session's user query, because it runs on every request.
 */
export function isAccountDisabled(userId: string): boolean {
  return statement(`SELECT 1 FROM "User" WHERE "id" = ? AND "disabledAt" IS NOT NULL`).get(userId) !== undefined;
}
