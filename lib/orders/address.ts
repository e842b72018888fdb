import { z } from "zod";

/** ISO 3166-1 alpha-2, upper case ("DE", "SE"). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, "country must be an ISO 3166-1 alpha-2 code like DE");

/**
 * A postal address. Names stay as written (UTF-8, no transliteration); a connector that needs
 * ASCII or a length limit does it in its own mapping.
 */
export const addressSchema = z.object({
  company: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  /** c/o or attention line. */
  careOf: z.string().optional(),
  street: z.string().min(1),
  /** Kept apart because German/Nordic partners (wemalo, plentymarkets) want it apart. */
  houseNumber: z.string().optional(),
  addressLine2: z.string().optional(),
  postalCode: z.string().min(1),
  city: z.string().min(1),
  region: z.string().optional(),
  countryCode: countryCodeSchema,
  phone: z.string().optional(),
  email: z.string().optional(),
  /** Packstation / parcel locker number when the address is a locker. */
  parcelLocker: z.string().optional(),
});
export type Address = z.infer<typeof addressSchema>;

/** "Jane Doe" / company, for partners with one name field. */
export function fullName(address: Pick<Address, "firstName" | "lastName" | "company">): string {
  const person = [address.firstName, address.lastName].filter(Boolean).join(" ").trim();
  return person || address.company || "";
}
