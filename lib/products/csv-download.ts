import { findLink } from "@/lib/links/manage";
import { linkProductsCsv } from "./csv";
import { parseLinkProductsFilter } from "./filters";

/** Excel reads a CSV without it as Windows-1252 and garbles å, ä, ö, ü. */
const BOM = "\uFEFF";

/** "Webshop → Lager Nord" → "webshop-lager-nord", for the file name. */
function slug(text: string): string {
  const plain = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "link";
}

/**
 * The products page's CSV download: the link's products with the page's filters (same URL
 * parameters), streamed page by page. A link that is not the tenant's is a 404, as if it did not exist.
 */
export async function productsCsvResponse(tenantId: string, linkId: string, params: URLSearchParams, now = new Date()): Promise<Response> {
  const link = await findLink(tenantId, linkId);
  if (!link) return new Response("There is no such link in this team.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const filter = parseLinkProductsFilter(Object.fromEntries(params));
  const lines = linkProductsCsv(tenantId, link.id, filter)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM));
    },
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        console.error("[lagerbro] products CSV failed", error instanceof Error ? error.name : "unknown");
        controller.error(new Error("The products CSV could not be read to the end."));
      }
    },
    async cancel() {
      await lines.return?.();
    },
  });
  const filename = `products-${slug(link.name)}-${now.toISOString().slice(0, 10)}.csv`;
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
