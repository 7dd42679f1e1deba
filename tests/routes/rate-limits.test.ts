import { describe, expect, it } from "vitest";
import { apiTokenFor, signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { AddressClient, freshLoopbackAddress } from "./helpers/from-address";
import { HttpSession, uniqueEmail } from "./helpers/http-session";

/** These run from fresh loopback addresses: the test server exempts only 127.0.0.1 from per-address limits. */
const startsSession = (response: { headers: { "set-cookie"?: string[] } }) => (response.headers["set-cookie"] ?? []).some((cookie) => cookie.startsWith("next-auth.session-token="));

describe("brute-force limits", () => {
  it("after 10 failed sign-ins an account answers 429 with Retry-After, even for the right password and from another address", async () => {
    const { email } = await signedInAs("learner");
    const attacker = new AddressClient(freshLoopbackAddress());
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const failed = await attacker.signIn(email, `wrong-guess-${attempt}`);
      expect(failed.status, `attempt ${attempt}`).not.toBe(429);
      expect(startsSession(failed)).toBe(false);
    }
    const right = await attacker.signIn(email, TEST_PASSWORD);
    expect(right.status).toBe(429);
    expect(startsSession(right)).toBe(false);
    const retryAfter = Number(right.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const body = JSON.parse(right.text) as { url: string; error: string };
    expect(body.error).toBe("Too many failed sign-ins. Try again in 15 minutes.");
    expect(new URL(body.url).searchParams.get("error")).toBe(`TooManySignIns.${retryAfter}`);
    // The learner, from their own address, is told the same.
    await expect(new HttpSession().signIn(email, TEST_PASSWORD)).rejects.toThrow(/did not create a session/);
  }, 60_000);

  it("answers a wrong password and an unknown email alike, in about the same time", async () => {
    const { email } = await signedInAs("learner");
    const client = new AddressClient(freshLoopbackAddress());
    const wrong: number[] = [];
    const unknown: number[] = [];
    let wrongText = "";
    let unknownText = "";
    for (let round = 0; round < 3; round += 1) {
      const a = await client.signIn(email, "not-the-password");
      const b = await client.signIn(uniqueEmail("nobody"), "not-the-password");
      expect(a.status).toBe(b.status);
      wrong.push(a.ms);
      unknown.push(b.ms);
      wrongText = a.text;
      unknownText = b.text;
    }
    expect(unknownText).toBe(wrongText);
    // A bcrypt comparison (cost 11) is most of a wrong password's time; an unknown email pays it too.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...wrong) * 0.5);
  }, 60_000);

  it("limits failed sign-ins per client address to 50 in 15 minutes", async () => {
    const client = new AddressClient(freshLoopbackAddress());
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      const failed = await client.signIn(uniqueEmail(`spray-${attempt}`), "guess-guess-guess");
      expect(failed.status, `attempt ${attempt}`).not.toBe(429);
    }
    const blocked = await client.signIn(uniqueEmail("spray-51"), "guess-guess-guess");
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
  }, 120_000);

  it("limits sign-ups per client address to 10 an hour", async () => {
    const client = new AddressClient(freshLoopbackAddress());
    const signUp = () => client.request("/api/signup", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: uniqueEmail("bulk"), password: TEST_PASSWORD }) });
    for (let attempt = 1; attempt <= 10; attempt += 1) expect((await signUp()).status, `sign-up ${attempt}`).toBe(201);
    const blocked = await signUp();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(59 * 60);
    expect((JSON.parse(blocked.text) as { error: string }).error).toMatch(/Too many sign-ups/);
  }, 60_000);

  it("limits failed API tokens per client address to 20 in 15 minutes, across workers: then 429 with Retry-After, even for a valid token", async () => {
    const { email } = await signedInAs("learner");
    const valid = await apiTokenFor(email, "write");
    const revoked = await apiTokenFor(email, "write", { revoked: true });
    const guesser = new AddressClient(freshLoopbackAddress());
    const withToken = (client: AddressClient, token: string) => client.request("/api/v1/decks", { headers: { authorization: `Bearer ${token}` } });
    expect((await withToken(guesser, valid)).status).toBe(200);
    for (let attempt = 1; attempt <= 20; attempt += 1) {
      // Wrong, revoked and malformed tokens all count; the requests land on every worker process in turn.
      const token = attempt % 3 === 0 ? revoked : attempt % 3 === 1 ? `kd_guess${attempt}` : `not a token ${attempt}`;
      const failed = await withToken(guesser, token);
      expect(failed.status, `attempt ${attempt}`).toBe(401);
    }
    const blocked = await withToken(guesser, valid);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((JSON.parse(blocked.text) as { error: { message: string } }).error.message).toMatch(/Too many requests with an invalid API token from your network\. Try again in 15 minutes\./);
    const write = await guesser.request("/api/v1/decks", { method: "POST", headers: { authorization: `Bearer ${valid}`, "content-type": "application/json" }, body: "{}" });
    expect(write.status).toBe(429);
    // Another address with the same valid token is not affected.
    expect((await withToken(new AddressClient(freshLoopbackAddress()), valid)).status).toBe(200);
  }, 60_000);
});
