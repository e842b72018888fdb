import { createHmac, randomBytes } from "node:crypto";

const b64 = (value: string | Buffer) => Buffer.from(value).toString("base64url");

/**
 * wemalo-connect's REST key is a JWT sent as `Authorization: JWT <token>` [M2][M3]. The simulator
 * mints look-alike tokens (HS256 over shop and client) and checks them by lookup, not signature.
 */
export function mintToken(shop: string, clientId: number, secret: string, issuedAt: Date): string {
  const header = b64(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const payload = b64(JSON.stringify({ shop, clientId, iat: Math.floor(issuedAt.getTime() / 1000), jti: randomBytes(6).toString("hex") }));
  const signature = createHmac("sha256", secret).update(`${header}.${payload}`).digest("base64url");
  return `${header}.${payload}.${signature}`;
}

/** The token of an `Authorization: JWT <token>` header, or undefined for any other form. */
export function readToken(request: Request): string | undefined {
  const match = /^JWT\s+(\S+)$/i.exec(request.headers.get("authorization") ?? "");
  return match?.[1];
}
