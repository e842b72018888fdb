/** Webhook bodies are small JSON documents; anything above this is refused with 413. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

export type ReadBodyResult = { ok: true; body: string } | { ok: false; tooLarge: true };

/**
 * Reads the raw body as it came (signatures are over these exact bytes), streaming, and stops
 * as soon as it passes `limit` so a huge body costs at most `limit` bytes of memory.
 */
export async function readBodyCapped(request: Request, limit = MAX_WEBHOOK_BODY_BYTES): Promise<ReadBodyResult> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, tooLarge: true };
  }
  if (!request.body) return { ok: true, body: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, tooLarge: true };
    }
    chunks.push(value);
  }
  return { ok: true, body: Buffer.concat(chunks, size).toString("utf8") };
}
