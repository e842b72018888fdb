import Link from "next/link";
import type { OrderDetail } from "@/lib/orders-query/order-detail";
import { routes } from "@/lib/app-routes";
import { formatDateTime, formatMoney } from "@/lib/format";
import { fullName } from "@/lib/orders/address";

/** Who ordered what, where it goes, and where it stands on each side. */
export function OrderSummary({ detail }: { detail: OrderDetail }) {
  const { order, link } = detail;
  const address = order.canonical.deliveryAddress;
  const street = [address.street, address.houseNumber].filter(Boolean).join(" ");
  return (
    <div className="grid gap-6">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm">
        <dt className="text-muted-foreground">Link</dt>
        <dd>
          <Link href={routes.link(link.id)} className="text-primary underline-offset-4 hover:underline">
            {link.name}
          </Link>
          {link.status === "paused" ? <span className="text-muted-foreground"> (paused)</span> : null}
        </dd>
        <dt className="text-muted-foreground">Shop reference</dt>
        <dd className="font-mono">{order.sourceRef}</dd>
        <dt className="text-muted-foreground">Warehouse reference</dt>
        <dd className="font-mono">{order.warehouseRef ?? "—"}</dd>
        <dt className="text-muted-foreground">Warehouse status</dt>
        <dd>{order.warehouseStatus ?? "—"}</dd>
        <dt className="text-muted-foreground">Received</dt>
        <dd>{formatDateTime(order.receivedAt)}</dd>
        <dt className="text-muted-foreground">At the warehouse</dt>
        <dd>{formatDateTime(order.sentAt)}</dd>
        <dt className="text-muted-foreground">Shipped</dt>
        <dd>{formatDateTime(order.shippedAt)}</dd>
        <dt className="text-muted-foreground">Total</dt>
        <dd>{formatMoney(order.canonical.totals.total, order.canonical.currency)}</dd>
      </dl>
      <div className="grid content-start gap-3 text-sm">
        <div>
          <h3 className="font-medium">Delivery address</h3>
          <address className="not-italic text-muted-foreground">
            {[fullName(address), address.company && fullName(address) !== address.company ? address.company : null, address.careOf, street, address.addressLine2, `${address.postalCode} ${address.city}`, address.countryCode]
              .filter(Boolean)
              .map((line, i) => (
                <span key={i} className="block">
                  {line}
                </span>
              ))}
          </address>
        </div>
        <div>
          <h3 className="font-medium">Articles</h3>
          <ul className="text-muted-foreground">
            {order.canonical.lines.map((line) => (
              <li key={line.lineRef}>
                {line.quantity} × <span className="font-mono">{line.sku}</span> {line.name}
              </li>
            ))}
          </ul>
        </div>
        <p className="text-muted-foreground">
          Shipping method: {order.canonical.shippingMethod.label ?? order.canonical.shippingMethod.code}
        </p>
      </div>
    </div>
  );
}
