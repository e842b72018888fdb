import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/authenticate";
import { request } from "./session";

/** next-auth's signIn("credentials") as the walk's fake request sees it: the app's own authenticate(), then a redirect. */
export async function signInForWalk(_provider: string, options: { email: string; password: string; redirectTo?: string }): Promise<never> {
  const result = await authenticate(options.email, options.password, "203.0.113.9");
  if (!result.ok) {
    const error = new CredentialsSignin();
    if (result.reason === "rate_limited") error.code = "rate_limited";
    throw error;
  }
  request.userId = result.user.id;
  redirect(options.redirectTo ?? "/");
}
