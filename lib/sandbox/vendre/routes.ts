import { catalogueRoutes } from "./catalogue";
import { MAX_PAGE_SIZE, ORDER_STATUSES } from "./facts";
import { json, problem, readBody } from "./http";
import type { VendreOrder, VendreStore } from "./store";

export interface RouteContext {
  store: VendreStore;
  request: Request;
  url: URL;
  params: string[];
}

export interface Route {
  method: string;
  pattern: RegExp;
  handle(ctx: RouteContext): Response | Promise<Response>;
}

const isStatus = (id: number) => ORDER_STATUSES.some((s) => s.id === id);

function findOrder(ctx: RouteContext): VendreOrder | Response {
  const order = ctx.store.orders.get(Number(ctx.params[0]));
  return order ?? problem(404, "Not found", `order ${ctx.params[0]} does not exist`);
}

/** `GET /orders?status=1,2&page_size=&offset=` → `{ list, remaining }` [V1][V2]; the status filter is a GUESS. */
function listOrders(ctx: RouteContext): Response {
  const size = Number(ctx.url.searchParams.get("page_size") ?? 50);
  const offset = Number(ctx.url.searchParams.get("offset") ?? 0);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE || !Number.isInteger(offset) || offset < 0) {
    return problem(422, "Invalid paging", `page_size must be 1..${MAX_PAGE_SIZE}, offset >= 0`);
  }
  const statuses = (ctx.url.searchParams.get("status") ?? "").split(",").filter(Boolean).map(Number);
  const all = [...ctx.store.orders.values()].filter((o) => statuses.length === 0 || statuses.includes(o.status)).sort((a, b) => a.id - b.id);
  const list = all.slice(offset, offset + size);
  return json(200, { list, remaining: Math.max(0, all.length - offset - list.length) });
}

/** `PUT /orders/{id}` with `{ status, notify_customer, comment }` (PUT updates [V5]; body GUESS). Vendre mails the customer when asked (seed 000). */
async function updateOrder(ctx: RouteContext): Promise<Response> {
  const order = findOrder(ctx);
  if (order instanceof Response) return order;
  const body = await readBody(ctx.request);
  if (!body) return problem(400, "Bad request", "body must be a JSON object");
  const status = body.status;
  if (status !== undefined && (typeof status !== "number" || !isStatus(status))) return problem(422, "Invalid status", `unknown order status ${JSON.stringify(status)}`);
  const notify = body.notify_customer === true;
  if (typeof status === "number" && status !== order.status) {
    order.status = status;
    order.status_history.push({ status, date: ctx.store.now().toISOString(), customer_notified: notify, comment: typeof body.comment === "string" ? body.comment : undefined });
    if (notify && order.customer.email_address) {
      ctx.store.mails.push({ orderId: order.id, to: order.customer.email_address, status, packages: order.packages.map((p) => p.package_number), at: ctx.store.now().toISOString() });
    }
  }
  ctx.store.touch(order);
  return json(200, order);
}

/** `POST /orders/{id}/packages` (GUESS: write-back is undocumented). One package number once per order. */
async function addPackage(ctx: RouteContext): Promise<Response> {
  const order = findOrder(ctx);
  if (order instanceof Response) return order;
  const body = await readBody(ctx.request);
  const number = body?.package_number;
  if (typeof number !== "string" || number.trim() === "") return problem(422, "Invalid package", "package_number is required");
  if (order.packages.some((p) => p.package_number === number)) return problem(409, "Conflict", `package ${number} already exists on order ${order.id}`);
  const link = body?.tracking_link;
  if (link !== undefined && (typeof link !== "string" || !/^https?:\/\//.test(link))) return problem(422, "Invalid package", "tracking_link must be an http(s) URL");
  const pkg = {
    id: ctx.store.nextPackageId++,
    package_number: number,
    carrier: typeof body?.carrier === "string" ? body.carrier : undefined,
    tracking_link: link as string | undefined,
    products: Array.isArray(body?.products) ? (body.products as { model: string; quantity: number }[]) : undefined,
    created: ctx.store.now().toISOString(),
  };
  order.packages.push(pkg);
  ctx.store.touch(order);
  return json(201, pkg);
}

export const routes: Route[] = [
  { method: "GET", pattern: /^\/orders\/?$/, handle: listOrders },
  {
    method: "GET",
    pattern: /^\/orders\/(\d+)$/,
    handle: (ctx) => {
      const order = findOrder(ctx);
      return order instanceof Response ? order : json(200, order);
    },
  },
  { method: "PUT", pattern: /^\/orders\/(\d+)$/, handle: updateOrder },
  { method: "POST", pattern: /^\/orders\/(\d+)\/packages$/, handle: addPackage },
  /** GUESS: the statuses a store has, for the mapping screens. */
  { method: "GET", pattern: /^\/orderstatuses\/?$/, handle: () => json(200, { list: ORDER_STATUSES, remaining: 0 }) },
  ...catalogueRoutes,
];
