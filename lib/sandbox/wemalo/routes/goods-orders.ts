import { fail, invalid, notFound, num, ok, readObject, str } from "../http";
import { parseOrderBody } from "../order-intake";
import { cancelOrder, createOrder, replaceOrder, statusView } from "../order-lifecycle";
import { route, type RouteContext } from "../router";

async function readOrder(ctx: RouteContext) {
  const body = await readObject(ctx.request);
  if (!body) return invalid("body", undefined, "body must be a JSON object");
  const shop = str(body.shop);
  if (shop && shop !== ctx.account.shop) return invalid("shop", shop, `unknown shop ${shop}`);
  const parsed = parseOrderBody(body, ctx.shop);
  return parsed instanceof Response ? parsed : { body, parsed };
}

function findOrder(ctx: RouteContext) {
  const externalId = ctx.params.externalId ?? "";
  return ctx.shop.orderByExternalId(externalId) ?? notFound("externalId", externalId, `No goods order with externalId ${externalId} found.`);
}

export const goodsOrderRoutes = [
  /** `POST /goodsOrder/add` → `{ Success, id }` [M1]. A second order with the same externalId is refused (guessed). */
  route("POST", "/goodsOrder/add", async (ctx) => {
    const read = await readOrder(ctx);
    if (read instanceof Response) return read;
    if (ctx.shop.orderByExternalId(read.parsed.externalId)) return invalid("externalId", read.parsed.externalId, "goods order with this externalId exists already");
    const order = createOrder(ctx.world, ctx.shop, read.parsed, read.body);
    return ok({ id: order.id });
  }),

  /**
   * `POST /goodsOrder/addConditional`, which wemalo's own plugin uses and which answers `status` and
   * `orderStatus` [M2]. Semantics beyond that are unconfirmed; simulated as: create when the
   * externalId is new, otherwise keep the one order (replacing its content only while wemalo has
   * not started on it), and answer the order's id and status either way.
   */
  route("POST", "/goodsOrder/addConditional", async (ctx) => {
    const read = await readOrder(ctx);
    if (read instanceof Response) return read;
    let order = ctx.shop.orderByExternalId(read.parsed.externalId);
    if (!order) order = createOrder(ctx.world, ctx.shop, read.parsed, read.body);
    else if (order.statusName === "PARTIAL" || order.statusName === "OPEN") replaceOrder(ctx.world, ctx.shop, order, read.parsed, read.body);
    return ok({ ...statusView(order), id: order.id, orderStatus: order.statusName });
  }),

  route("GET", "/goodsOrder/getStatus/:externalId", (ctx) => {
    const order = findOrder(ctx);
    return order instanceof Response ? order : ok(statusView(order));
  }),

  /** "Cancels an existing goods order, if the order was not picked/packed yet." [M1] Refusal shape guessed. */
  route("PUT", "/goodsOrder/cancel/:externalId", async (ctx) => {
    const order = findOrder(ctx);
    if (order instanceof Response) return order;
    const body = (await readObject(ctx.request)) ?? {};
    const outcome = cancelOrder(ctx.world, order, str(body.reason) ?? "");
    if (outcome === "too-late") return fail(400, `goods order ${order.externalId} can't be cancelled in status ${order.statusName}`, [{ type: "INVALID", field: "status", value: order.statusName, message: "order was already picked/packed" }]);
    return ok(statusView(order));
  }),

  route("PUT", "/goodsOrder/changePriority/:externalId", async (ctx) => {
    const order = findOrder(ctx);
    if (order instanceof Response) return order;
    const priority = num(((await readObject(ctx.request)) ?? {}).priority);
    if (priority === undefined || priority < 0 || priority > 5) return invalid("priority", priority, "priority must be between 0 and 5");
    order.priority = priority;
    return ok();
  }),

  route("PUT", "/goodsOrder/note/:externalId", async (ctx) => {
    const order = findOrder(ctx);
    if (order instanceof Response) return order;
    const notices = str(((await readObject(ctx.request)) ?? {}).notices);
    if (!notices) return invalid("notices", undefined, "notices is required");
    order.notes.push(notices);
    return ok();
  }),

  /** `GET /goodsOrder/profiles` → `{ status, dispatcher: [{ name, profiles: [{ matchId, product, … }] }] }` [M1][M2]. */
  route("GET", "/goodsOrder/profiles", (ctx) =>
    ok({ dispatcher: ctx.world.options.dispatchers.map((d) => ({ name: d.name, profiles: d.profiles })) }),
  ),
];
