import { z } from "zod";

/**
 * plentymarkets payloads, only the fields we read (objects stay loose: plentymarkets adds
 * fields freely). Field names: OpenAPI subset `Order`, `OrderItem`, `OrderShippingPackage`,
 * `Warehouse`, `StorageLocation`, `ParcelServicePreset`; fact sheet §1–§4.
 */

const num = z.number();
const str = z.string().nullish().transform((v) => v ?? "");

/** Login answers snake_case ([P2]); refresh answers TokenData in camelCase (OpenAPI). */
export const tokenSchema = z.union([
  z
    .looseObject({ access_token: z.string().min(1), refresh_token: z.string().optional(), expires_in: num })
    .transform((t) => ({ accessToken: t.access_token, refreshToken: t.refresh_token, expiresIn: t.expires_in })),
  z
    .looseObject({ accessToken: z.string().min(1), refreshToken: z.string().optional(), expiresIn: num })
    .transform((t) => ({ accessToken: t.accessToken, refreshToken: t.refreshToken, expiresIn: t.expiresIn })),
]);
export type PlentyToken = z.output<typeof tokenSchema>;

/** The envelope of paginated lists (fact sheet §3). */
export function pageSchema<T extends z.ZodType>(entry: T) {
  return z.looseObject({
    page: num,
    totalsCount: num,
    isLastPage: z.boolean(),
    lastPageNumber: num,
    entries: z.array(entry),
  });
}

export const addressSchema = z.looseObject({
  id: num,
  name1: str,
  name2: str,
  name3: str,
  name4: str,
  address1: str,
  address2: str,
  address3: str,
  postalCode: str,
  town: str,
  countryId: num,
  isPackstation: z.boolean().nullish(),
  packstationNo: str,
  email: str,
  phone: str,
  options: z.array(z.looseObject({ typeId: num, value: z.coerce.string() })).nullish(),
});
export type PlentyAddress = z.output<typeof addressSchema>;

export const orderItemSchema = z.looseObject({
  id: num,
  typeId: num,
  itemVariationId: num.nullish(),
  quantity: num,
  orderItemName: str,
  vatRate: num.nullish(),
  shippingProfileId: num.nullish(),
  amounts: z.array(z.looseObject({ currency: z.string(), priceGross: num.nullish(), priceOriginalGross: num.nullish() })).nullish(),
  variation: z.looseObject({ id: num, number: z.string().nullish(), weightG: num.nullish() }).nullish(),
});
export type PlentyOrderItem = z.output<typeof orderItemSchema>;

export const shippingPackageSchema = z.looseObject({
  id: num,
  orderId: num,
  packageId: num.nullish(),
  packageNumber: str,
  weight: num.nullish(),
});
export type PlentyShippingPackage = z.output<typeof shippingPackageSchema>;

export const orderSchema = z.looseObject({
  id: num,
  typeId: num,
  statusId: num,
  plentyId: num,
  referrerId: num.nullish(),
  createdAt: z.string(),
  updatedAt: z.string(),
  contactReceiverId: num.nullish(),
  properties: z.array(z.looseObject({ typeId: num, value: z.coerce.string() })).default([]),
  dates: z.array(z.looseObject({ typeId: num, date: z.string() })).default([]),
  addressRelations: z.array(z.looseObject({ typeId: num, addressId: num })).default([]),
  amounts: z
    .array(
      z.looseObject({
        currency: z.string(),
        isSystemCurrency: z.boolean().nullish(),
        grossTotal: num.nullish(),
        invoiceTotal: num.nullish(),
        vatTotal: num.nullish(),
        paidAmount: num.nullish(),
      }),
    )
    .default([]),
  orderItems: z.array(orderItemSchema).default([]),
  addresses: z.array(addressSchema).default([]),
  shippingPackages: z.array(shippingPackageSchema).nullish(),
});
export type PlentyOrder = z.output<typeof orderSchema>;

export const ordersPageSchema = pageSchema(orderSchema);

export const statusSchema = z.looseObject({
  statusId: num,
  names: z.record(z.string(), z.string()).nullish(),
});
export type PlentyStatus = z.output<typeof statusSchema>;

export const warehouseSchema = z.looseObject({ id: num, name: str });
export const storageLocationSchema = z.looseObject({ id: num, name: str });
export const shippingProfileSchema = z.looseObject({ id: num, backendName: str, parcelServiceId: num.nullish() });
export type PlentyShippingProfile = z.output<typeof shippingProfileSchema>;
export const packageTypeSchema = z.looseObject({ id: num, name: str });
export const countrySchema = z.looseObject({ id: num, isoCode2: z.string().length(2) });
export const webstoreSchema = z.looseObject({ id: num, storeIdentifier: num, name: str });

/** Some lists answer a bare array, some the paginated envelope (fact sheet §3); accept both. */
export function listSchema<T extends z.ZodType>(entry: T) {
  return z.union([z.array(entry), z.looseObject({ entries: z.array(entry) }).transform((p) => p.entries)]);
}
