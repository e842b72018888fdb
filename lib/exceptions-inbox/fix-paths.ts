import type { ExceptionKind } from "@/db/schema";

/** Where the merchant fixes a kind of problem before retrying. */
export type FixPlace = "link_mappings" | "rejected_products" | "source" | "connection" | "warehouse" | "none";

export interface FixPath {
  title: string;
  /** What went wrong, in the merchant's words. */
  explanation: string;
  /** What to do, in order. */
  steps: string[];
  place: FixPlace;
  /** Whether "Retry" makes sense once fixed (the order goes through order-send again). */
  retry: boolean;
}

export const FIX_PATHS: Record<ExceptionKind, FixPath> = {
  unknown_sku: {
    title: "Unknown SKU",
    explanation: "An article in the order has no SKU the warehouse knows.",
    steps: [
      "If the warehouse knows the article under another SKU, add it to the link's SKU mapping (shop SKU → warehouse SKU) and retry the orders.",
      "If the warehouse does not have the article yet, press “Create product and retry”: Lagerbro creates it there from the shop's product data and sends the order again.",
    ],
    place: "link_mappings",
    retry: true,
  },
  unmapped_shipping_method: {
    title: "Shipping method not mapped",
    explanation: "The shop's shipping method has no matching warehouse shipping method.",
    steps: ["Map the shipping method in the link's settings.", "Retry the orders."],
    place: "link_mappings",
    retry: true,
  },
  bad_address: {
    title: "Incomplete or invalid address",
    explanation: "The delivery address is missing something the warehouse needs.",
    steps: ["Correct the address in your shop.", "Retry the orders."],
    place: "source",
    retry: true,
  },
  out_of_stock: {
    title: "Not enough stock",
    explanation: "The warehouse does not have enough of an article.",
    steps: ["Restock at the warehouse, or change the order in your shop.", "Retry the orders."],
    place: "warehouse",
    retry: true,
  },
  credentials_rejected: {
    title: "Credentials rejected",
    explanation: "The shop or the warehouse refused the saved login. Nothing moves on this link until it is fixed.",
    steps: ["Enter the current credentials on the connection and test it.", "The link picks up again on its next poll."],
    place: "connection",
    retry: false,
  },
  warehouse_started: {
    title: "Too late to cancel",
    explanation: "The warehouse had already started the order when the cancellation came.",
    steps: ["Ask the warehouse to stop the parcel, or handle it as a return."],
    place: "warehouse",
    retry: false,
  },
  partner_error: {
    title: "Partner error",
    explanation: "The shop or the warehouse answered with an error that a retry alone could not fix.",
    steps: ["Read the message; fix the cause at the partner named there.", "Retry the orders."],
    place: "none",
    retry: true,
  },
  retries_exhausted: {
    title: "Gave up after retries",
    explanation: "A step failed again and again (timeouts or server errors) until Lagerbro stopped trying.",
    steps: ["Check that the partner is reachable again.", "Retry the orders."],
    place: "none",
    retry: true,
  },
  drift: {
    title: "Shop and warehouse disagree",
    explanation: "The reconciliation found an order that is not in the same state on both sides.",
    steps: ["Open the order and compare both sides.", "Retry or resend it, or cancel it on the side where it should not be."],
    place: "none",
    retry: true,
  },
  product_rejected: {
    title: "Warehouse rejected products",
    explanation: "The warehouse refused one or more of the shop's products; orders naming them cannot be sent.",
    steps: ["Read the warehouse's reason per SKU on the link's products page.", "Correct the product in your shop (name, EAN...); the next product sync sends it again."],
    place: "rejected_products",
    retry: false,
  },
};
