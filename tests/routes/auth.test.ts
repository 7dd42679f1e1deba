import { describe, expect, it } from "vitest";
import { signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { HttpSession, uniqueEmail } from "./helpers/http-session";

interface ErrorBody {
  error: string;
  issues: { path: string; message: string }[];
}

describe("POST /api/signup", () => {
  it("creates a learner and lets them sign in", async () => {
    const session = new HttpSession();
    const email = uniqueEmail("new");
    const response = await session.json("/api/signup", "POST", { name: "Ada", email, password: TEST_PASSWORD });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { user: { email: string; role: string } };
    expect(body.user).toMatchObject({ email, role: "learner" });
    await session.signIn(email, TEST_PASSWORD);
    const me = await session.request("/api/me");
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(email);
  });

  it("answers 422 naming the password field when the password is empty", async () => {
    const response = await new HttpSession().json("/api/signup", "POST", { email: uniqueEmail("empty"), password: "" });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.issues).toContainEqual({ path: "password", message: "Password is required." });
  });

  it("answers 422 naming the email field when the email is malformed", async () => {
    const response = await new HttpSession().json("/api/signup", "POST", { email: "not-an-email", password: TEST_PASSWORD });
    expect(response.status).toBe(422);
    const body = (await response.json()) as ErrorBody;
    expect(body.issues[0]?.path).toBe("email");
    expect(body.error).toMatch(/not a valid address/);
  });

  it("answers a taken email exactly as a new one, whatever its case, and the taken account keeps its password", async () => {
    const email = uniqueEmail("dup");
    const first = await new HttpSession().json("/api/signup", "POST", { name: "Dup", email, password: TEST_PASSWORD });
    expect(first.status).toBe(201);
    const again = await new HttpSession().json("/api/signup", "POST", { name: "Dup", email: email.toUpperCase(), password: "another-pass-9321" });
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    // The second sign-up changed nothing: the new password does not sign in, the first one does.
    const intruder = new HttpSession();
    await expect(intruder.signIn(email, "another-pass-9321")).rejects.toThrow();
    const owner = new HttpSession();
    await owner.signIn(email, TEST_PASSWORD);
    expect((await owner.request("/api/me")).status).toBe(200);
  });

  it("answers 403 when the body is not JSON", async () => {
    const response = await new HttpSession().request("/api/signup", { method: "POST", body: "email=x" });
    expect(response.status).toBe(403);
  });

  it("never lets a sign-up choose its role", async () => {
    const session = new HttpSession();
    const email = uniqueEmail("sneaky");
    const response = await session.json("/api/signup", "POST", { email, password: TEST_PASSWORD, role: "admin" });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { user: { role: string } }).user.role).toBe("learner");
  });
});

describe("sessions and roles", () => {
  it("answers 401 to an API request without a session", async () => {
    const response = await new HttpSession().request("/api/me");
    expect(response.status).toBe(401);
    expect(((await response.json()) as ErrorBody).error).toMatch(/not signed in/);
  });

  it("rejects a wrong password without creating a session", async () => {
    const { email } = await signedInAs("learner");
    const session = new HttpSession();
    await expect(session.signIn(email, "wrong-password")).rejects.toThrow(/did not create a session/);
    expect((await session.request("/api/me")).status).toBe(401);
  });

  it("answers 403 when a learner calls an admin route, 200 for an admin", async () => {
    const learner = await signedInAs("learner");
    const forbidden = await learner.session.request("/api/admin/users");
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as ErrorBody).error).toContain("admin role");
    const admin = await signedInAs("admin");
    const allowed = await admin.session.request("/api/admin/users");
    expect(allowed.status).toBe(200);
    const body = (await allowed.json()) as { users: { email: string }[] };
    expect(body.users.map((user) => user.email)).toContain(learner.email);
  });

  it("redirects a signed-out visitor of a protected page to sign-in, coming back afterwards", async () => {
    const response = await new HttpSession().request("/dashboard");
    expect([303, 307, 308]).toContain(response.status);
    expect(response.headers.get("location")).toContain("/signin?callbackUrl=%2Fdashboard");
  });

  it("sends a learner who opens the instructor page to the 403 page", async () => {
    const learner = await signedInAs("learner");
    const response = await learner.session.request("/instructor");
    expect(response.headers.get("location")).toContain("/forbidden?needs=instructor");
    const instructor = await signedInAs("instructor");
    expect((await instructor.session.request("/instructor")).status).toBe(200);
  });
});
