import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { ACCOUNT_DISABLED, signInSchema } from "@/lib/validations/user";
import { db } from "./db";
import { revokeSession, startSession } from "./auth/user-sessions";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "./passwords";

/** OAuth providers are offered only when their credentials are configured. */
function oauthProviders(): NextAuthOptions["providers"] {
  const { GITHUB_ID, GITHUB_SECRET } = process.env;
  return GITHUB_ID && GITHUB_SECRET ? [GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET })] : [];
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const user = await db.user.findUnique({ where: { email: parsed.data.email } });
        // An unknown email costs the same hash comparison as a wrong password, so timing tells them apart no better than the message does.
        const matches = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
        if (!user?.passwordHash || !matches) return null;
        // A disabled account (an admin set disabledAt) cannot sign in; the form says so (ACCOUNT_DISABLED_MESSAGE).
        // Checked after the password, so only someone who knows it learns that the account exists.
        if (user.disabledAt) throw new Error(ACCOUNT_DISABLED);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
    ...oauthProviders(),
  ],
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid, new Date());
    },
  },
  callbacks: {
    async signIn({ user, account }) {
      // OAuth: a disabled account (matched by email) is refused too; credentials check it in authorize.
      if (account?.provider === "credentials" || !user.email) return true;
      const existing = await db.user.findUnique({ where: { email: user.email.toLowerCase() }, select: { disabledAt: true } });
      return !existing?.disabledAt;
    },
    async jwt({ token, user, account }) {
      if (user && account?.provider === "credentials") {
        token.sub = user.id;
        token.role = (user as { role?: string }).role ?? "learner";
        token.sid = await startSession(user.id, new Date());
      } else if (user && account && user.email) {
        // OAuth sign-in: keep one account per email, created as a learner on first visit.
        const email = user.email.toLowerCase();
        const stored = await db.user.upsert({
          where: { email },
          update: {},
          create: { email, name: user.name ?? email, role: "learner", settings: { create: {} } },
        });
        token.sub = stored.id;
        token.role = stored.role;
        token.sid = await startSession(stored.id, new Date());
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.role = typeof token.role === "string" ? token.role : "learner";
      }
      return session;
    },
  },
};
