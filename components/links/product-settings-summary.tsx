import type { ProductSettings } from "@/lib/links/product-settings";

/** The products-and-stock settings as read-only text, for members who cannot change them. */
export function ProductSettingsSummary({ settings, warehouseName }: { settings: ProductSettings; warehouseName: string }) {
  return (
    <dl className="grid gap-2 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
      <dt className="text-muted-foreground">Products</dt>
      <dd>{settings.productSync ? `Sent to ${warehouseName}` : "Not sent"}</dd>
      <dt className="text-muted-foreground">Stock</dt>
      <dd>{settings.stockSync ? (settings.stockBuffer > 0 ? `Written to the shop, ${settings.stockBuffer} fewer than the warehouse holds` : "Written to the shop as the warehouse holds it") : "Not written to the shop"}</dd>
      <dt className="text-muted-foreground">Unknown SKU in an order</dt>
      <dd>{settings.unknownSkuPolicy === "create_and_resend" ? "The product is created at the warehouse and the order sent again" : "The order waits under Problems"}</dd>
      <dd className="text-xs text-muted-foreground sm:col-span-2">An owner or admin can change these.</dd>
    </dl>
  );
}
