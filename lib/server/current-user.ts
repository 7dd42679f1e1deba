import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { sessionUserFromCookies, type SessionUser } from "./session-user";

export type { SessionUser };

/**
 * The signed-in user of the request Next is rendering or routing (see `sessionUserFromCookies`),
 * read once per request. `null` when nobody is signed in.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const jar = await cookies();
  return sessionUserFromCookies(Object.fromEntries(jar.getAll().map((cookie) => [cookie.name, cookie.value])));
});
