import "server-only";
import { NextRequest } from "next/server";
import { readBodyTextWithin } from "../api-error";
import { clientAddress } from "../http/client-address";
import { recordFailedSignIn, recordSuccessfulSignIn, signInWaitSeconds } from "./sign-in-limits";

const SIGN_IN_BODY_LIMIT_BYTES = 16_000;

/** The error code the sign-in form reads (next-auth hands the client only `error`): "TooManySignIns.<seconds>". */
export const TOO_MANY_SIGN_INS = "TooManySignIns";

function startsSession(response: Response): boolean {
  return response.headers.getSetCookie().some((cookie) => /^(__Secure-)?next-auth\.session-token=[^;]/.test(cookie));
}

/**
 * next-auth's credentials callback behind the brute-force limits (./sign-in-limits.ts): an account or
 * address over its limit answers 429 with Retry-After before the password is looked at; every answer
 * that starts no session counts as a failure for the account and the address.
 */
export async function throttleSignIn(request: Request, signIn: (request: NextRequest) => Promise<Response>): Promise<Response> {
  const text = await readBodyTextWithin(request, SIGN_IN_BODY_LIMIT_BYTES);
  const email = new URLSearchParams(text).get("email") ?? "";
  const address = clientAddress((name) => request.headers.get(name));
  const wait = await signInWaitSeconds(email, address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60);
    const url = new URL(`/signin?error=${TOO_MANY_SIGN_INS}.${wait}`, request.url).toString();
    return Response.json(
      { url, error: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` },
      { status: 429, headers: { "retry-after": String(wait), "cache-control": "no-store" } },
    );
  }
  const response = await signIn(new NextRequest(request.url, { method: request.method, headers: request.headers, body: text }));
  if (startsSession(response)) await recordSuccessfulSignIn(email);
  else await recordFailedSignIn(email, address);
  return response;
}
