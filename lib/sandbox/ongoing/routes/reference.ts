import { TRANSPORTER_CONTRACTS, WAREHOUSES } from "../facts";
import { json } from "../http";
import { requireGoodsOwner, type Route } from "./context";

export const referenceRoutes: Route[] = [
  {
    // [S1] GET /transporterContracts?goodsOwnerId=…
    method: "GET",
    pattern: /^\/transporterContracts$/,
    handle: (ctx) => {
      const owner = requireGoodsOwner(ctx);
      return owner.ok ? json(200, TRANSPORTER_CONTRACTS) : owner.response;
    },
  },
  {
    // [S4] warehouses_get.py: GET /warehouses, no parameters.
    method: "GET",
    pattern: /^\/warehouses$/,
    handle: () => json(200, WAREHOUSES),
  },
];
