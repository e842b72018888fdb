import { w3c } from "../clock";
import type { Route, RouteRequest, SimContext } from "../context";
import { touch } from "../orders";
import { defaultPackageTypes } from "../reference-data";
import { renderPackage } from "../order-view";
import { json, notFound, validationFailed } from "../responses";
import type { StoredOrder, StoredPackage } from "../state";

function orderOf(req: RouteRequest, sim: SimContext): StoredOrder | undefined {
  return sim.store.orders.get(Number(req.params.orderId));
}

const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v);
const optionalString = (v: unknown) => v === undefined || typeof v === "string";

/** Body rules of POST …/shipping/packages (OpenAPI: packageId and packageType required). */
function validatePackage(body: Record<string, unknown>, partial: boolean): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!partial || body.packageId !== undefined) {
    if (!isInt(body.packageId)) errors.packageId = ["The package id field is required and must be an integer."];
    else if (!defaultPackageTypes.some((t) => t.id === body.packageId)) errors.packageId = ["The selected package id is invalid."];
  }
  if ((!partial || body.packageType !== undefined) && !isInt(body.packageType)) {
    errors.packageType = ["The package type field is required and must be an integer."];
  }
  if (body.weight !== undefined && !isInt(body.weight)) errors.weight = ["The weight must be an integer (grams)."];
  for (const key of ["packageNumber", "labelPath", "returnPackageNumber"]) {
    if (!optionalString(body[key])) errors[key] = [`The ${key} must be a string.`];
  }
  return errors;
}

function bodyObject(req: RouteRequest): Record<string, unknown> | undefined {
  return req.body && typeof req.body === "object" && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : undefined;
}

export const packageRoutes: Route[] = [
  {
    method: "GET",
    pattern: "/rest/orders/:orderId/shipping/packages",
    handler: (req, sim) => {
      const order = orderOf(req, sim);
      if (!order) return notFound("Order");
      return json(sim.store.packagesOf(order.id).map(renderPackage));
    },
  },
  {
    method: "POST",
    pattern: "/rest/orders/:orderId/shipping/packages",
    handler: (req, sim) => {
      const order = orderOf(req, sim);
      if (!order) return notFound("Order");
      const body = bodyObject(req);
      if (!body) return validationFailed({ body: ["The body must be a JSON object."] });
      const errors = validatePackage(body, false);
      if (Object.keys(errors).length) return validationFailed(errors);
      const now = w3c(sim.clock.now());
      const pkg: StoredPackage = {
        id: sim.store.nextId("package"),
        orderId: order.id,
        packageId: body.packageId as number,
        weight: (body.weight as number | undefined) ?? 0,
        packageNumber: (body.packageNumber as string | undefined) ?? "",
        labelPath: (body.labelPath as string | undefined) ?? "",
        returnPackageNumber: (body.returnPackageNumber as string | undefined) ?? "",
        packageType: body.packageType as number,
        volume: typeof body.volume === "number" ? body.volume : 0,
        isClosed: false,
        createdAt: now,
        updatedAt: now,
      };
      sim.store.packagesOf(order.id).push(pkg);
      touch(sim, order);
      return json(renderPackage(pkg));
    },
  },
  {
    method: "DELETE",
    pattern: "/rest/orders/:orderId/shipping/packages",
    handler: (req, sim) => {
      const order = orderOf(req, sim);
      if (!order) return notFound("Order");
      sim.store.packages.set(order.id, []);
      touch(sim, order);
      return json([]);
    },
  },
  {
    method: "GET",
    pattern: "/rest/orders/:orderId/shipping/packages/:orderShippingPackageId",
    handler: (req, sim) => {
      const pkg = findPackage(req, sim);
      return pkg ? json(renderPackage(pkg)) : notFound("Order shipping package");
    },
  },
  {
    method: "PUT",
    pattern: "/rest/orders/:orderId/shipping/packages/:orderShippingPackageId",
    handler: (req, sim) => {
      const pkg = findPackage(req, sim);
      if (!pkg) return notFound("Order shipping package");
      const body = bodyObject(req);
      if (!body) return validationFailed({ body: ["The body must be a JSON object."] });
      const errors = validatePackage(body, true);
      if (Object.keys(errors).length) return validationFailed(errors);
      for (const key of ["packageId", "weight", "packageNumber", "labelPath", "returnPackageNumber", "packageType", "volume"] as const) {
        if (body[key] !== undefined) (pkg as unknown as Record<string, unknown>)[key] = body[key];
      }
      pkg.updatedAt = w3c(sim.clock.now());
      return json(renderPackage(pkg));
    },
  },
  {
    method: "DELETE",
    pattern: "/rest/orders/:orderId/shipping/packages/:orderShippingPackageId",
    handler: (req, sim) => {
      const pkg = findPackage(req, sim);
      if (!pkg) return notFound("Order shipping package");
      const list = sim.store.packagesOf(pkg.orderId);
      list.splice(list.indexOf(pkg), 1);
      return json(renderPackage(pkg));
    },
  },
  {
    // A bare array of strings, e.g. ["J92356732176","003478943219912"] (fact sheet §2, [P3]).
    method: "GET",
    pattern: "/rest/orders/:orderId/packagenumbers",
    handler: (req, sim) => {
      const order = orderOf(req, sim);
      if (!order) return notFound("Order");
      return json(sim.store.packagesOf(order.id).map((p) => p.packageNumber).filter(Boolean));
    },
  },
];

function findPackage(req: RouteRequest, sim: SimContext): StoredPackage | undefined {
  const order = orderOf(req, sim);
  if (!order) return undefined;
  return sim.store.packagesOf(order.id).find((p) => p.id === Number(req.params.orderShippingPackageId));
}
