import { GET as invoiceRoute } from "../../app/api/pull/v1/customers/[customerNo]/invoices/[invoiceNo]/route";
import { GET as invoicesRoute } from "../../app/api/pull/v1/customers/[customerNo]/invoices/route";
import { GET as orderRoute } from "../../app/api/pull/v1/customers/[customerNo]/orders/[orderNo]/route";
import { GET as ordersRoute } from "../../app/api/pull/v1/customers/[customerNo]/orders/route";

/**
 * Calls the Pull API's route handler for `path` in-process, as Next would after routing: the same
 * function with a Request and its params (key lookup, zod, queries, mapping, JSON), no HTTP.
 */
export async function callPullRoute(path: string, key: string): Promise<{ status: number; body: string }> {
  const url = new URL(`http://localhost/api/pull/v1/customers/${path}`);
  const [customerNo, kind, number] = url.pathname.split("/").slice(5).map(decodeURIComponent) as [string, string, string | undefined];
  const request = new Request(url, { headers: { authorization: `Bearer ${key}` } });
  const response =
    kind === "orders"
      ? number
        ? await orderRoute(request, { params: Promise.resolve({ customerNo, orderNo: number }) })
        : await ordersRoute(request, { params: Promise.resolve({ customerNo }) })
      : number
        ? await invoiceRoute(request, { params: Promise.resolve({ customerNo, invoiceNo: number }) })
        : await invoicesRoute(request, { params: Promise.resolve({ customerNo }) });
  return { status: response.status, body: await response.text() };
}
