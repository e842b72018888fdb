import type { SimVariation } from "@/lib/sandbox/plentymarkets/reference-data";

/** A valid EAN-13 for a number: 12 digits from it and the GS1 check digit. */
export function ean13(n: number): string {
  const body = `40${String(n).padStart(10, "0")}`.slice(0, 12);
  const sum = [...body].reverse().reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export const catalogueSku = (i: number, prefix = "ART") => `${prefix}-${String(i).padStart(5, "0")}`;

/** n plentymarkets variations with numbers ART-00001…, names, valid EANs, weights and dimensions. */
export function catalogue(n: number, prefix = "ART", from = 1): Array<Partial<SimVariation> & { number: string }> {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      number: catalogueSku(i, prefix),
      name: `Artikel ${i}`,
      barcode: ean13(i),
      weightG: 100 + (i % 900),
      lengthMM: 200,
      widthMM: 150,
      heightMM: 50 + (i % 50),
      customsTariffNumber: "61091000",
      producingCountryId: 1,
    };
  });
}
