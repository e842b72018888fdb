import type { CanonicalStatus, Shipment } from "@/lib/orders";
import type { NewPackage } from "./api";
import type { PlentySettings } from "./credentials";
import type { PlentyShippingProfile } from "./schemas";
import { sameStatus, toApiStatus } from "./status-ids";

/** packageType 26 = "Package" (OpenAPI OrderShippingPackage.packageType). */
export const PACKAGE_TYPE_PARCEL = 26;

export interface ShipmentPlan {
  /** Packages to create: one per parcel whose tracking number plentymarkets does not have yet. */
  packages: NewPackage[];
  /** Status to set, or undefined to leave it. */
  statusId?: number;
  /** Shipping profile to set as order property 2, when the carrier differs from the order's. */
  shippingProfileId?: number;
}

export interface PlanInput {
  shipment: Shipment;
  status: CanonicalStatus;
  settings: PlentySettings;
  packageId: number;
  /** What the order has now. */
  current: { statusId: number; shippingProfileId?: string; packageNumbers: string[] };
  profiles: PlentyShippingProfile[];
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * plentymarkets keeps no carrier per package: the carrier is the order's shipping profile
 * (fact sheet §2, [P3], unconfirmed as the only way). When the warehouse shipped with a carrier
 * the order's profile does not name, we switch to the first profile whose name contains the
 * carrier ("DHL" → "DHL Paket"); with no such profile the order keeps its profile.
 */
export function profileForCarrier(carrier: string, currentId: string | undefined, profiles: PlentyShippingProfile[]): number | undefined {
  const wanted = norm(carrier);
  if (!wanted) return undefined;
  const current = profiles.find((p) => String(p.id) === currentId);
  if (current && norm(current.backendName).includes(wanted)) return undefined;
  return profiles.find((p) => norm(p.backendName).includes(wanted))?.id;
}

/**
 * A canonical shipment → plentymarkets packages and status. Parcels already present (same
 * tracking number) are not written again, so writing a shipment twice changes nothing.
 * shipped → shippedStatus (7); partially_shipped or an incomplete shipment → partiallyShippedStatus
 * when configured, else the status stays.
 */
export function planShipment(input: PlanInput): ShipmentPlan {
  const have = new Set(input.current.packageNumbers);
  const packages: NewPackage[] = [];
  for (const parcel of input.shipment.parcels) {
    if (have.has(parcel.trackingNumber)) continue;
    have.add(parcel.trackingNumber);
    packages.push({
      packageId: input.packageId,
      packageNumber: parcel.trackingNumber,
      ...(parcel.weightGrams === undefined ? {} : { weight: parcel.weightGrams }),
      packageType: PACKAGE_TYPE_PARCEL,
    });
  }

  const partial = input.status === "partially_shipped" || (input.status === "shipped" && !input.shipment.complete);
  const target = partial ? input.settings.partiallyShippedStatus : input.status === "shipped" ? input.settings.shippedStatus : undefined;
  const statusId = target !== undefined && !sameStatus(target, input.current.statusId) ? toApiStatus(target) : undefined;

  const carrier = input.shipment.parcels[0]?.carrier ?? "";
  const shippingProfileId = profileForCarrier(carrier, input.current.shippingProfileId, input.profiles);
  return { packages, statusId, shippingProfileId };
}
