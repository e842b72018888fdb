import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";

class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const credentialsInput = z.object({ email: z.string().max(254), password: z.string().max(200) });

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: DrizzleAdapter(getDb(), {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  }),
  // The Credentials provider works only with JWT sessions.
  session: { strategy: "jwt", maxAge: 7 * 24 * 3600 },
  trustHost: true,
  logger: {
    // A wrong password is an answer on the form, not an error in the server log.
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const input = credentialsInput.safeParse(raw);
        if (!input.success) return null;
        const result = await authenticate(input.data.email, input.data.password, clientAddress(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") throw new RateLimited();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
