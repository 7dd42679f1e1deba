import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/server/auth";
import { throttleSignIn } from "@/lib/server/auth/throttle-sign-in";
import { withoutUser } from "@/lib/server/with-user";

const handler = NextAuth(authOptions);

type NextAuthContext = { params: Promise<{ nextauth: string[] }> };

/**
 * next-auth's own endpoints behind the same request checks as every route (its posts are forms);
 * password sign-ins also behind the brute-force limits.
 */
async function nextAuth(request: Request, context: NextAuthContext): Promise<Response> {
  const { nextauth } = await context.params;
  const run = (forwarded: Request | NextRequest) => handler(forwarded, { params: Promise.resolve({ nextauth }) }) as Promise<Response>;
  if (request.method === "POST" && nextauth.join("/") === "callback/credentials") return throttleSignIn(request, run);
  return run(request);
}

const guarded = withoutUser(nextAuth, { maxBodyBytes: 16_000, body: "form" });

export { guarded as GET, guarded as POST };
