import type { Route } from "../context";
import { filterOrders } from "../order-filters";
import { parseWith, renderOrder } from "../order-view";
import { PROPERTY_SHIPPING_PROFILE, setStatus, statusExists, touch } from "../orders";
import { json, notFound, paginate, validationFailed } from "../responses";

const numberOf = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : undefined);

export const orderRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/rest/orders",
    handler: (req, sim) => {
      const result = filterOrders([...sim.store.orders.values()], req.query);
      if (!result.ok) return validationFailed(result.errors);
      const relations = parseWith(req.query);
      const addItems = req.query.get("addOrderItems") !== "false";
      const page = paginate(result.orders, req.query.get("page"), req.query.get("itemsPerPage"));
      return json({ ...page, entries: page.entries.map((o) => renderOrder(sim, o, relations, addItems)) });
    },
  },
  {
    method: "GET",
    pattern: "/rest/orders/:orderId",
    handler: (req, sim) => {
      const order = sim.store.orders.get(Number(req.params.orderId));
      if (!order) return notFound("Order");
      return json(renderOrder(sim, order, parseWith(req.query), req.query.get("addOrderItems") !== "false"));
    },
  },
  {
    // statusId and properties are applied; other fields of the body are accepted and ignored.
    method: "PUT",
    pattern: "/rest/orders/:orderId",
    handler: (req, sim) => {
      const order = sim.store.orders.get(Number(req.params.orderId));
      if (!order) return notFound("Order");
      if (!req.body || typeof req.body !== "object") return validationFailed({ body: ["The body must be a JSON object."] });
      const body = req.body as Record<string, unknown>;
      const errors: Record<string, string[]> = {};
      const statusId = body.statusId === undefined ? undefined : numberOf(body.statusId);
      if (body.statusId !== undefined && (statusId === undefined || !statusExists(sim, statusId))) {
        errors.statusId = [`The selected status id ${String(body.statusId)} is invalid.`];
      }
      const properties = Array.isArray(body.properties) ? body.properties : [];
      const parsedProps = properties.map((p) => {
        const rec = (p ?? {}) as Record<string, unknown>;
        return { typeId: numberOf(rec.typeId), value: rec.value === undefined ? undefined : String(rec.value) };
      });
      if (parsedProps.some((p) => p.typeId === undefined || p.value === undefined)) {
        errors.properties = ["Each property needs a typeId and a value."];
      }
      if (Object.keys(errors).length) return validationFailed(errors);

      for (const p of parsedProps) {
        const existing = order.properties.find((x) => x.typeId === p.typeId);
        if (existing) existing.value = p.value as string;
        else order.properties.push({ typeId: p.typeId as number, value: p.value as string });
        if (p.typeId === PROPERTY_SHIPPING_PROFILE) {
          for (const item of order.items) item.shippingProfileId = Number(p.value);
        }
      }
      if (parsedProps.length) touch(sim, order);
      const user = sim.users.find((u) => u.username === req.username);
      if (statusId !== undefined) setStatus(sim, order, statusId, "REST", user?.userId ?? null);
      return json(renderOrder(sim, order, new Set()));
    },
  },
  {
    method: "GET",
    pattern: "/rest/orders/:orderId/status-history",
    handler: (req, sim) => {
      const id = Number(req.params.orderId);
      if (!sim.store.orders.has(id)) return notFound("Order");
      return json(sim.store.history.filter((h) => h.orderId === id));
    },
  },
];
