import { describe, expect, it } from "vitest";
import { signedInAs, TEST_PASSWORD } from "./helpers/accounts";
import { HttpSession } from "./helpers/http-session";

/** Admin: list accounts, change a role, disable and enable (issue 12, "Admin"). */
interface AccountRow {
  id: string;
  email: string;
  role: string;
  disabledAt: string | null;
}

async function accounts(admin: HttpSession): Promise<AccountRow[]> {
  const response = await admin.request("/api/admin/users");
  expect(response.status).toBe(200);
  return ((await response.json()) as { users: AccountRow[] }).users;
}

async function idOf(admin: HttpSession, email: string): Promise<string> {
  const found = (await accounts(admin)).find((account) => account.email === email);
  if (!found) throw new Error(`no account ${email}`);
  return found.id;
}

/** Posts the credentials form as the sign-in page does; the URL it sends the browser to says whether it worked. */
async function signInRedirect(email: string, password: string): Promise<string> {
  const session = new HttpSession();
  const { csrfToken } = (await (await session.request("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await session.request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }).toString(),
  });
  // With json=true next-auth answers { url } (where the browser would be sent) instead of a redirect.
  const reply = (await response.json().catch(() => ({}))) as { url?: string };
  return reply.url ?? response.headers.get("location") ?? "";
}

describe("GET /api/admin/users and PATCH /api/admin/users/[userId]: who may", () => {
  it("answers 401 without a session and 403 below admin", async () => {
    expect((await new HttpSession().request("/api/admin/users")).status).toBe(401);
    expect((await new HttpSession().json("/api/admin/users/x", "PATCH", { role: "admin" })).status).toBe(401);
    for (const role of ["learner", "instructor"] as const) {
      const { session } = await signedInAs(role);
      expect((await session.request("/api/admin/users")).status).toBe(403);
      const patch = await session.json("/api/admin/users/x", "PATCH", { role: "admin" });
      expect(patch.status).toBe(403);
      expect(((await patch.json()) as { error: string }).error).toBe(`This needs the admin role; your account is a ${role}.`);
    }
  });

  it("answers 404 for an unknown account and 422 naming the field for a bad change", async () => {
    const { session } = await signedInAs("admin");
    const missing = await session.json("/api/admin/users/no-such-account", "PATCH", { disabled: true });
    expect(missing.status).toBe(404);
    const { email } = await signedInAs("learner");
    const id = await idOf(session, email);
    for (const [body, path] of [[{ role: "root" }, "role"], [{ disabled: "yes" }, "disabled"], [{}, ""], [{ role: "admin", email: "x@y.z" }, ""]] as const) {
      const response = await session.json(`/api/admin/users/${id}`, "PATCH", body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(((await response.json()) as { issues: { path: string }[] }).issues[0]?.path).toBe(path);
    }
  });
});

describe("an admin changes roles and disables accounts", () => {
  it("a new role takes effect on the account's open session", async () => {
    const admin = await signedInAs("admin");
    const learner = await signedInAs("learner");
    const changed = await admin.session.json(`/api/admin/users/${await idOf(admin.session, learner.email)}`, "PATCH", { role: "instructor" });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as { user: AccountRow }).user).toMatchObject({ email: learner.email, role: "instructor", disabledAt: null });
    const me = (await (await learner.session.request("/api/me")).json()) as { user: { role: string } };
    expect(me.user.role).toBe("instructor");
  });

  it("a disabled account's session stops at once, it cannot sign in (and is told why), and enabling restores it", async () => {
    const admin = await signedInAs("admin");
    const learner = await signedInAs("learner");
    const id = await idOf(admin.session, learner.email);
    expect((await learner.session.request("/api/me")).status).toBe(200);

    const disabled = await admin.session.json(`/api/admin/users/${id}`, "PATCH", { disabled: true });
    expect(disabled.status).toBe(200);
    expect(((await disabled.json()) as { user: AccountRow }).user.disabledAt).toMatch(/^\d{4}-/);
    expect((await learner.session.request("/api/me")).status).toBe(401);
    expect((await learner.session.request("/api/study")).status).toBe(401);
    expect((await learner.session.json("/api/reviews", "POST", { clientId: crypto.randomUUID(), cardId: "x", rating: 3 })).status).toBe(401);
    expect((await learner.session.request("/dashboard")).headers.get("location")).toMatch(/\/signin/);
    expect(await signInRedirect(learner.email, TEST_PASSWORD)).toContain("error=AccountDisabled");
    // A wrong password still says only that sign-in failed.
    expect(await signInRedirect(learner.email, "wrong-password-1")).not.toContain("AccountDisabled");
    expect((await accounts(admin.session)).find((account) => account.id === id)?.disabledAt).not.toBeNull();

    expect((await admin.session.json(`/api/admin/users/${id}`, "PATCH", { disabled: false })).status).toBe(200);
    const again = new HttpSession();
    await again.signIn(learner.email, TEST_PASSWORD);
    expect((await again.request("/api/me")).status).toBe(200);
  });

  it("the last enabled admin can neither demote nor disable themself (422)", async () => {
    const admin = await signedInAs("admin");
    const myId = await idOf(admin.session, admin.email);
    const others = (await accounts(admin.session)).filter((account) => account.role === "admin" && account.disabledAt === null && account.id !== myId);
    for (const other of others) expect((await admin.session.json(`/api/admin/users/${other.id}`, "PATCH", { disabled: true })).status).toBe(200);
    try {
      for (const [body, path] of [[{ role: "learner" }, "role"], [{ disabled: true }, "disabled"]] as const) {
        const response = await admin.session.json(`/api/admin/users/${myId}`, "PATCH", body);
        expect(response.status).toBe(422);
        const reply = (await response.json()) as { error: string; issues: { path: string }[] };
        expect(reply.error).toContain("is the only enabled admin");
        expect(reply.issues[0]?.path).toBe(path);
      }
    } finally {
      for (const other of others) await admin.session.json(`/api/admin/users/${other.id}`, "PATCH", { disabled: false });
    }
    expect((await accounts(admin.session)).find((account) => account.id === myId)).toMatchObject({ role: "admin", disabledAt: null });
  });
});

describe("the /admin page", () => {
  it("lists the accounts for an admin, sends others to sign in or to the 403 page", async () => {
    const admin = await signedInAs("admin");
    const page = await admin.session.request("/admin");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(admin.email);
    expect(html).toContain("Disable");
    expect((await new HttpSession().request("/admin")).headers.get("location")).toMatch(/\/signin\?callbackUrl=%2Fadmin/);
    const learner = await signedInAs("learner");
    expect((await learner.session.request("/admin")).headers.get("location")).toMatch(/\/forbidden\?needs=admin/);
  });
});
