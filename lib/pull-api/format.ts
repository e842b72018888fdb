import { fromMinorUnits, toMinorUnits, type Money } from "@/lib/orders";

/** The language the answer is written in when the order names none: the shop is Swedish (Vendre). */
export const DEFAULT_LOCALE = "sv-SE";

/** The locale to format an order in: the customer's language when it is one Intl knows. */
export function localeOf(language: string | undefined): string {
  if (!language) return DEFAULT_LOCALE;
  try {
    return Intl.getCanonicalLocales(language)[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** "24,89 €" / "1 234,50 kr": what seed 003 calls valutaformaterad, ready to show. */
export function formatMoney(amount: Money, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency }).format(Number(amount));
}

/** unit price × quantity, exactly (in minor units). */
export function lineTotal(unitPrice: Money, quantity: number, currency: string): Money {
  return fromMinorUnits(toMinorUnits(unitPrice, currency) * quantity, currency);
}
