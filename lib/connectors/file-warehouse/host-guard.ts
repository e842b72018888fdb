import { env, isProduction } from "@/lib/env";
import { PartnerError } from "@/lib/http/errors";
import { assertSafeOutboundUrl, UnsafeUrlError } from "@/lib/net/url-guard";

/**
 * The merchant types the file server's host, so it gets the same SSRF check as partner base
 * URLs: public addresses only, unless ALLOW_PRIVATE_URLS (never in production). File
 * connectors do not go through ctx.http, whose client applies that check to HTTP.
 */
export async function assertSafeFileHost(partner: string, host: string): Promise<void> {
  const allowPrivate = env().ALLOW_PRIVATE_URLS && !isProduction();
  try {
    await assertSafeOutboundUrl(new URL(`https://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}`), { allowPrivate });
  } catch (error) {
    if (!(error instanceof UnsafeUrlError)) throw error;
    throw new PartnerError({ kind: "needs_merchant", reason: "unsafe_url", partner, message: `${partner}: ${error.message}`, cause: error });
  }
}
