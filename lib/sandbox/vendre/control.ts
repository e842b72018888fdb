import type { CatalogueProduct } from "./catalogue";
import type { FaultInjector } from "../faults";
import { ORDER_STATUSES, type AuthStyle } from "./facts";
import type { VendreRequestLogEntry } from "./handler";
import type { VendreAddress, VendreOrder, VendreProduct, VendreStore } from "./store";

export interface NewOrder {
  status?: number;
  customer?: Partial<VendreAddress>;
  delivery?: Partial<VendreAddress>;
  products?: Omit<VendreProduct, "id" | "product_id" | "price_total">[];
  shippingGross?: number;
  comment?: string;
  currency?: string;
}

const defaultCustomer: VendreAddress = {
  name: "Åsa Öberg",
  street_address: "Storgatan 5B",
  street_address2: "Lägenhet 1102",
  postcode: "211 41",
  city: "Malmö",
  country: "Sverige",
  country_code: "SE",
  telephone: "+46 40 123 45",
  email_address: "asa.oberg@example.se",
};

/** Storefront example lines [V3]: prices excluding VAT, `model` is the article number. */
const defaultProducts: NonNullable<NewOrder["products"]> = [
  { name: "Blazer Slim fit", model: "47-0956", quantity: 1, price_each: 399.2, tax: 25 },
  { name: "Shirt", model: "47-0957", quantity: 2, price_each: 200.0, tax: 25 },
];

const round2 = (n: number) => Math.round(n * 100) / 100;

export function createControl(deps: { store: VendreStore; faults: FaultInjector; basePath: string; authStyle: AuthStyle; tokens: Set<string>; log: VendreRequestLogEntry[] }) {
  const { store } = deps;
  const find = (id: number) => {
    const order = store.orders.get(id);
    if (!order) throw new Error(`Vendre simulator: no order ${id}`);
    return order;
  };
  return {
    faults: deps.faults,
    authStyle: deps.authStyle,
    /** API root for a client: variant B `…/API/1` (default) or variant A `…/api`. */
    baseUrl: (origin: string, variant: "A" | "B" = "B") => `${origin.replace(/\/$/, "")}${deps.basePath}${variant === "A" ? "/api" : "/API/1"}`,
    addToken: (token: string) => void deps.tokens.add(token),
    revokeToken: (token: string) => void deps.tokens.delete(token),
    requests: (): readonly VendreRequestLogEntry[] => deps.log,
    /** Products as the shop's catalogue holds them; new or changed by model (article number). */
    putProducts: (inputs: Array<Partial<CatalogueProduct> & { model: string }>): CatalogueProduct[] => inputs.map((p) => ({ ...store.catalogue.put(store.now(), p) })),
    products: (): CatalogueProduct[] => [...store.catalogue.products.values()].map((p) => ({ ...p })),
    /** Customer e-mails Vendre sent on status updates. */
    mails: () => [...store.mails],
    statuses: () => ORDER_STATUSES,

    /** A placed order, as the shop would create it (default: status 1, two lines, SEK). */
    addOrder(input: NewOrder = {}): VendreOrder {
      const id = store.nextOrderId++;
      const now = store.now().toISOString();
      const customer = { ...defaultCustomer, ...input.customer, id: 500 + id };
      const products: VendreProduct[] = (input.products ?? defaultProducts).map((p) => ({
        ...p,
        id: store.nextProductRowId++,
        product_id: 200 + store.nextProductRowId,
        price_total: round2(p.price_each * p.quantity),
      }));
      const net = products.reduce((sum, p) => sum + p.price_total, 0);
      const tax = products.reduce((sum, p) => sum + p.price_total * (p.tax / 100), 0);
      const shipping = input.shippingGross ?? 49;
      const order: VendreOrder = {
        id,
        status: input.status ?? 1,
        date_purchased: now,
        last_modified: now,
        currency: input.currency ?? "SEK",
        currency_value: 1,
        language: "sv",
        payment_method: "Klarna",
        payment_method_code: "klarna_checkout",
        shipment_method: "PostNord MyPack",
        shipping_method_code: "postnord_mypack",
        comment: input.comment,
        customer,
        delivery_address: { ...defaultCustomer, ...input.customer, ...input.delivery },
        products,
        totals: [
          { class: "ot_subtotal", title: "Delsumma", value: round2(net + tax) },
          { class: "ot_shipping", title: "Frakt", value: shipping },
          { class: "ot_tax", title: "Moms", value: round2(tax + shipping * 0.2) },
          { class: "ot_total", title: "Totalt", value: round2(net + tax + shipping) },
        ],
        packages: [],
        status_history: [{ status: input.status ?? 1, date: now, customer_notified: false }],
      };
      store.orders.set(id, order);
      return structuredClone(order);
    },
    order: (id: number): VendreOrder | undefined => {
      const order = store.orders.get(id);
      return order ? structuredClone(order) : undefined;
    },
    orders: (): VendreOrder[] => [...store.orders.values()].map((o) => structuredClone(o)),
    /** A change made in Vendre's admin (a cancellation by the merchant, say). */
    setStatus(id: number, status: number): void {
      const order = find(id);
      order.status = status;
      order.status_history.push({ status, date: store.now().toISOString(), customer_notified: false });
      store.touch(order);
    },
  };
}

export type VendreControl = ReturnType<typeof createControl>;
