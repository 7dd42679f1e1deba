import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: string;
    /** The server-side session (lib/server/auth/user-sessions.ts) this token belongs to. */
    sid?: string;
  }
}
