import type { ApiUser, OngoingStore } from "./store";

/**
 * HTTP Basic with the API user's name and password; no token, no expiry. [S1][S5]
 * Each API user belongs to exactly one goods owner. [S3]
 */
export function authenticate(store: OngoingStore, request: Request): ApiUser | null {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match) return null;
  let decoded: string;
  try {
    decoded = Buffer.from(match[1]!, "base64").toString("utf8");
  } catch {
    return null;
  }
  const colon = decoded.indexOf(":");
  if (colon < 0) return null;
  const user = store.users.get(decoded.slice(0, colon));
  return user && user.password === decoded.slice(colon + 1) ? user : null;
}
