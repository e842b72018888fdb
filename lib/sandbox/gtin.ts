/**
 * A GTIN (EAN-8, UPC-A, EAN-13, GTIN-14): digits only, the right length, and the GS1 check
 * digit (weights 3 and 1 from the right) correct. The simulators refuse a product whose EAN
 * fails this, as a warehouse that scans barcodes must.
 */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(code)) return false;
  const digits = [...code].map(Number);
  const check = digits.pop()!;
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}
