import { fullName, type Address } from "@/lib/orders";
import type { WsAddress } from "./schemas";

/**
 * Canonical address → Webshipper ShippingAddress [W2]: one street line with the house number,
 * c/o and extra lines in address_2; att_contact is the person, company_name the company.
 */
export function toWsAddress(a: Address): WsAddress {
  const person = [a.firstName, a.lastName].filter(Boolean).join(" ");
  return {
    att_contact: person || fullName(a) || null,
    company_name: a.company ?? null,
    address_1: [a.street, a.houseNumber].filter(Boolean).join(" "),
    address_2: [a.careOf, a.addressLine2, a.parcelLocker].filter(Boolean).join(", ") || null,
    zip: a.postalCode,
    city: a.city,
    state: a.region ?? null,
    country_code: a.countryCode,
    phone: a.phone ?? null,
    email: a.email ?? null,
  };
}

/** Webshipper → canonical; undefined when a part every address needs is missing. */
export function fromWsAddress(a: WsAddress | null | undefined): Address | undefined {
  if (!a?.address_1 || !a.zip || !a.city || !a.country_code) return undefined;
  const [firstName, ...rest] = (a.att_contact ?? "").trim().split(/\s+/).filter(Boolean);
  const address: Address = { street: a.address_1, postalCode: a.zip, city: a.city, countryCode: a.country_code.toUpperCase() };
  if (a.company_name) address.company = a.company_name;
  if (firstName) address.firstName = firstName;
  if (rest.length) address.lastName = rest.join(" ");
  if (a.address_2) address.addressLine2 = a.address_2;
  if (a.state) address.region = a.state;
  if (a.phone) address.phone = a.phone;
  if (a.email) address.email = a.email;
  return address;
}
