import { z } from "zod";

/**
 * Money in the canonical model is a DECIMAL STRING in major units ("19.99", "-5.00", "0"),
 * always paired with an ISO 4217 currency on the order. Strings keep partner decimals exact
 * (plentymarkets and wemalo's meta.total speak decimals; wemalo's positions speak cents), and
 * `toMinorUnits` / `fromMinorUnits` convert where a partner wants integers.
 */
export const moneySchema = z
  .string()
  .regex(/^-?\d+(\.\d{1,4})?$/, "money must be a decimal string like 19.99");
export type Money = z.infer<typeof moneySchema>;

export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "currency must be an ISO 4217 code like EUR");
export type Currency = z.infer<typeof currencySchema>;

/** Currencies whose minor unit is not 1/100 (ISO 4217 exponent). */
const exponents: Record<string, number> = {
  JPY: 0, KRW: 0, ISK: 0, CLP: 0, VND: 0, HUF: 2, BHD: 3, JOD: 3, KWD: 3, OMR: 3, TND: 3,
};

export function currencyExponent(currency: string): number {
  return exponents[currency] ?? 2;
}

/** "19.99" EUR → 1999. Rounds half away from zero when the string has more places than the currency. */
export function toMinorUnits(amount: Money, currency: string): number {
  const parsed = moneySchema.parse(amount);
  const exp = currencyExponent(currency);
  const negative = parsed.startsWith("-");
  const [whole = "0", frac = ""] = parsed.replace("-", "").split(".");
  const padded = (frac + "0".repeat(4)).slice(0, 4);
  // Work in 1/10000 units as integers to avoid binary floating point.
  const tenThousandths = Number(whole) * 10_000 + Number(padded);
  const divisor = 10 ** (4 - exp);
  const minor = Math.floor((tenThousandths + divisor / 2) / divisor);
  return negative && minor !== 0 ? -minor : minor;
}

/** 1999 EUR → "19.99". */
export function fromMinorUnits(minor: number, currency: string): Money {
  if (!Number.isInteger(minor)) throw new Error(`minor units must be an integer, got ${minor}`);
  const exp = currencyExponent(currency);
  const negative = minor < 0;
  const digits = Math.abs(minor).toString().padStart(exp + 1, "0");
  const whole = exp === 0 ? digits : digits.slice(0, -exp);
  const frac = exp === 0 ? "" : `.${digits.slice(-exp)}`;
  return `${negative ? "-" : ""}${whole}${frac}`;
}

/** Decimal number from a partner (19.99) → canonical string, fixed to the currency's places. */
export function moneyFromNumber(value: number, currency: string): Money {
  const exp = currencyExponent(currency);
  return fromMinorUnits(Math.round(value * 10 ** exp), currency);
}

/** Canonical string → number for partners that want JSON decimals. */
export function moneyToNumber(amount: Money): number {
  return Number(moneySchema.parse(amount));
}
