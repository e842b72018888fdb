import type { ConnectorContext } from "@/lib/connectors/types";
import { withFileTransport, type FileTransport } from "@/lib/files";
import { fileError } from "./errors";
import { assertSafeFileHost } from "./host-guard";
import type { FileServerCredentials } from "./server-credentials";

/**
 * One connection to the 3PL's file server for one operation, closed afterwards, with every
 * failure turned into a PartnerError. Operations are rare (an order, a poll), so no pool.
 */
export async function withFiles<T>(
  ctx: ConnectorContext<FileServerCredentials, unknown>,
  partner: string,
  operation: string,
  work: (files: FileTransport) => Promise<T>,
): Promise<T> {
  await assertSafeFileHost(partner, ctx.credentials.host);
  try {
    return await withFileTransport(ctx.credentials, work, { timeoutMs: 30_000 });
  } catch (error) {
    throw fileError(partner, operation, error);
  }
}
