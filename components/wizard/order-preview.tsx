import { AlertTriangle, CheckCircle2 } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { fullName, type Address } from "@/lib/orders";
import type { OrderPreview as Preview } from "@/lib/wizard/preview";

const PROBLEM_TITLES: Record<string, string> = {
  bad_address: "Address problem",
  unknown_sku: "Unknown SKU",
  unmapped_shipping_method: "Shipping method not mapped",
};

function AddressBlock({ address }: { address: Address }) {
  const lines = [
    address.company,
    fullName({ firstName: address.firstName, lastName: address.lastName }),
    address.careOf ? `c/o ${address.careOf}` : undefined,
    [address.street, address.houseNumber].filter(Boolean).join(" "),
    address.addressLine2,
    `${address.postalCode} ${address.city}`,
    address.countryCode,
  ].filter((l): l is string => Boolean(l && l.trim()));
  return (
    <address className="text-sm not-italic">
      {lines.map((l, i) => (
        <div key={i}>{l}</div>
      ))}
    </address>
  );
}

/** The newest waiting order as the warehouse will receive it, with what order-send would raise. */
export function OrderPreview({ preview, shippingLabel, sourceShippingLabel, warehouseName, mappingsHref }: { preview: Preview; shippingLabel?: string; sourceShippingLabel?: string; warehouseName: string; mappingsHref: string }) {
  if (preview.kind === "none") {
    return <Alert>No order is waiting in the ready status right now. Once one is, Lagerbro sends it to {warehouseName} after activation.</Alert>;
  }
  if (preview.kind === "unavailable") {
    return <Alert variant="error">We could not read an order to preview: {preview.message}</Alert>;
  }
  const { order, problems } = preview;
  return (
    <div className="grid gap-4" data-testid="order-preview">
      {problems.length ? (
        <Alert variant="error" className="grid gap-2">
          <strong className="flex items-center gap-2">
            <AlertTriangle className="size-4" aria-hidden /> This order would not reach the warehouse yet:
          </strong>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p.kind}>
                <strong>{PROBLEM_TITLES[p.kind] ?? p.kind}:</strong> {p.message}
              </li>
            ))}
          </ul>
          <span>
            It would wait as an exception until fixed. <Link className="underline" href={mappingsHref}>Change the mappings</Link>, or fix it in the shop.
          </span>
        </Alert>
      ) : (
        <Alert variant="success" className="flex items-center gap-2">
          <CheckCircle2 className="size-4" aria-hidden /> This order would go through as shown.
        </Alert>
      )}
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted-foreground">Order</dt>
        <dd className="font-medium">{order.orderNumber}</dd>
        <dt className="text-muted-foreground">Placed</dt>
        <dd>{new Date(order.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</dd>
        <dt className="text-muted-foreground">Shipping</dt>
        <dd>
          {sourceShippingLabel ?? order.shippingMethod.code} → {preview.shippingCode ? (shippingLabel ?? preview.shippingCode) : `${warehouseName}'s default`}
        </dd>
        <dt className="text-muted-foreground">Ship to</dt>
        <dd>
          <AddressBlock address={order.deliveryAddress} />
        </dd>
      </dl>
      <Table>
        <caption className="sr-only">Lines as the warehouse receives them</caption>
        <TableHeader>
          <TableRow>
            <TableHead>Warehouse SKU</TableHead>
            <TableHead>Article</TableHead>
            <TableHead className="text-right">Quantity</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {order.lines.map((line) => (
            <TableRow key={line.lineRef}>
              <TableCell className="font-mono">{line.sku}</TableCell>
              <TableCell>{line.name}</TableCell>
              <TableCell className="text-right">{line.quantity}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-xs text-muted-foreground">{preview.waiting} order{preview.waiting === 1 ? " is" : "s are"} waiting in the ready status; activation takes them in.</p>
    </div>
  );
}
