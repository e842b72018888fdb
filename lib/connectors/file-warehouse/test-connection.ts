import type { ConnectorContext, TestConnectionResult } from "@/lib/connectors/types";
import { describeFileServer, joinPath } from "@/lib/files";
import { withFiles } from "./session";
import type { FileServerCredentials } from "./server-credentials";

/**
 * Logs in, makes sure the folders exist, and writes and deletes a probe file in the orders
 * folder: a read-only account fails here, not with the first order.
 */
export async function testFileServer(
  ctx: ConnectorContext<FileServerCredentials, unknown>,
  partner: string,
  folders: { write: string; read?: string },
): Promise<TestConnectionResult> {
  return withFiles(ctx, partner, "test connection", async (files) => {
    await files.mkdir(folders.write);
    const probe = joinPath(folders.write, ".lagerbro-probe");
    await files.writeAtomic(probe, "lagerbro connection test\n");
    await files.delete(probe);
    if (folders.read) await files.mkdir(folders.read);
    const description = describeFileServer(ctx.credentials);
    return { account: { id: description, name: `${ctx.credentials.username} at ${ctx.credentials.host}` }, discovered: {} };
  });
}
