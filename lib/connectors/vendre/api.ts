import type { ConnectorContext } from "@/lib/connectors/types";
import type { HttpAuth } from "@/lib/http";
import type { VendreCredentials, VendreSettings } from "./credentials";

export type VendreContext = ConnectorContext<VendreCredentials, VendreSettings>;

/** The token on every request, in the header this store's API wants (partners/vendre.md §1). */
export function vendreAuth(credentials: Pick<VendreCredentials, "token" | "authHeader">): HttpAuth {
  const headers: Record<string, string> =
    credentials.authHeader === "bearer" ? { authorization: `Bearer ${credentials.token}`, accept: "application/json" } : { "x-authorization": credentials.token, accept: "application/json" };
  return { headers: () => headers };
}

export function apiRoot(credentials: Pick<VendreCredentials, "baseUrl">): string {
  return credentials.baseUrl.trim().replace(/\/+$/, "");
}
