import { ExternalLink } from "lucide-react";
import type { ShipmentRow } from "@/db/schema";
import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";

/** What the warehouse sent, parcel by parcel, with tracking links. */
export function OrderShipments({ shipments }: { shipments: ShipmentRow[] }) {
  if (shipments.length === 0) return <p className="text-sm text-muted-foreground">Nothing has shipped yet. Tracking numbers appear here as soon as the warehouse reports them.</p>;
  return (
    <ul className="grid gap-4">
      {shipments.map((shipment) => (
        <li key={shipment.id} className="grid gap-2 rounded-md border border-border p-3" data-testid="shipment">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">Shipped {formatDateTime(shipment.shippedAt)}</span>
            {shipment.partial ? <Badge>Partial shipment</Badge> : null}
            <Badge className={shipment.writtenBackAt ? "border-emerald-200 bg-emerald-50 text-emerald-800" : undefined}>
              {shipment.writtenBackAt ? "Tracking sent to the shop" : "Tracking not yet in the shop"}
            </Badge>
          </div>
          <ul className="grid gap-1 text-sm">
            {shipment.parcels.map((parcel) => (
              <li key={parcel.parcelRef ?? parcel.trackingNumber} className="flex flex-wrap items-center gap-2">
                <span className="text-muted-foreground">{parcel.carrier}</span>
                {parcel.trackingUrl ? (
                  <a href={parcel.trackingUrl} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 font-mono text-primary underline-offset-4 hover:underline">
                    {parcel.trackingNumber}
                    <ExternalLink className="size-3" aria-hidden />
                    <span className="sr-only">(track the parcel, opens in a new tab)</span>
                  </a>
                ) : (
                  <span className="font-mono">{parcel.trackingNumber}</span>
                )}
              </li>
            ))}
          </ul>
          {shipment.lines.length > 0 ? (
            <p className="text-xs text-muted-foreground">{shipment.lines.map((line) => `${line.quantity} × ${line.sku}`).join(", ")}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
