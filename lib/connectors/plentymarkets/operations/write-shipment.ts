import { permanentError } from "@/lib/http/errors";
import type { CanonicalStatus, OrderRef, Shipment } from "@/lib/orders";
import type { ConnectorContext } from "../../types";
import { addShippingPackage, getOrder, listPackageTypes, listShippingProfiles, updateOrder } from "../api";
import type { PlentyCredentials, PlentySettings } from "../credentials";
import { PROPERTY_SHIPPING_PROFILE } from "../map-order";
import { planShipment } from "../map-shipment";

type Ctx = ConnectorContext<PlentyCredentials, PlentySettings>;

async function packageIdFor(ctx: Ctx): Promise<number> {
  if (ctx.settings.packageId !== undefined) return ctx.settings.packageId;
  const first = (await listPackageTypes(ctx))[0];
  if (!first) throw permanentError("plentymarkets", "unsupported", "plentymarkets has no shipping package type; create one or set the package type ID");
  return first.id;
}

/**
 * One GET (order with its packages), one POST per new parcel, and one PUT for status and, if
 * the carrier changed, the shipping profile. The tracking URL has no place in plentymarkets.
 */
export async function writeShipment(ctx: Ctx, input: { order: OrderRef; shipment: Shipment; status: CanonicalStatus }): Promise<void> {
  const orderId = input.order.sourceRef;
  const [order, profiles, packageId] = await Promise.all([
    getOrder(ctx, orderId, ["shippingPackages"]),
    listShippingProfiles(ctx),
    packageIdFor(ctx),
  ]);
  const plan = planShipment({
    shipment: input.shipment,
    status: input.status,
    settings: ctx.settings,
    packageId,
    current: {
      statusId: order.statusId,
      shippingProfileId: order.properties.find((p) => p.typeId === PROPERTY_SHIPPING_PROFILE)?.value,
      packageNumbers: (order.shippingPackages ?? []).map((p) => p.packageNumber).filter(Boolean),
    },
    profiles,
  });

  // One at a time: a failed POST is not repeated by the HTTP layer, and what was written stays
  // visible to the next attempt through the GET above.
  for (const pkg of plan.packages) await addShippingPackage(ctx, orderId, pkg);

  const body: { statusId?: number; properties?: { typeId: number; value: string }[] } = {};
  if (plan.shippingProfileId !== undefined) body.properties = [{ typeId: PROPERTY_SHIPPING_PROFILE, value: String(plan.shippingProfileId) }];
  if (plan.statusId !== undefined) body.statusId = plan.statusId;
  if (Object.keys(body).length) await updateOrder(ctx, orderId, body, "shipment status");
}
