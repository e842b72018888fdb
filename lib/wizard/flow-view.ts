import type { LinkSettings } from "@/db/schema";
import { findConnector } from "@/lib/connectors";
import { isTwoWayPair, takesTrigger, triggerOf, type LinkTrigger } from "@/lib/pipeline/link-flow";

export interface TriggerChoice {
  value: LinkTrigger;
  label: string;
  help: string;
}

/** What the wizard and the link page say about a link's direction and trigger (seed 002), in plain words. */
export interface FlowView {
  /** "Rackbeat → Webshipper" for a pair that could run either way; absent otherwise. */
  direction?: string;
  directionHelp?: string;
  /** The choices when the source offers them; absent when it hands orders over as they come. */
  triggers?: TriggerChoice[];
  trigger?: LinkTrigger;
  /** Said where volume is not carried across (Rackbeat ↔ Webshipper). */
  notSynced?: string;
  /** The shipping mapping's heading and explanation for this pair. */
  shippingTitle?: string;
  shippingHelp?: string;
}

export function flowView(sourceConnectorId: string | undefined, warehouseConnectorId: string | undefined, settings?: Partial<LinkSettings> | null): FlowView {
  const source = findConnector(sourceConnectorId ?? "");
  const warehouse = findConnector(warehouseConnectorId ?? "");
  if (!source || !warehouse) return {};
  const view: FlowView = {};
  if (takesTrigger(source)) {
    view.trigger = triggerOf(settings);
    view.triggers = [
      { value: "order_created", label: `When an order is created in ${source.label}`, help: `Each ${source.label} order goes to ${warehouse.label} whole, as soon as it is ready.` },
      {
        value: "shipment_created",
        label: `When a shipment is created in ${source.label}`,
        help: `Each ${source.label} shipment goes on its own, with only its lines, so you can send part of an order now and the rest later.`,
      },
    ];
  }
  if (isTwoWayPair(source, warehouse)) {
    view.direction = `${source.label} → ${warehouse.label}`;
    view.directionHelp = `Orders go from ${source.label} to ${warehouse.label}; when an order is sent on one side it is marked sent on the other. Data syncs one way only: for ${warehouse.label} → ${source.label}, connect ${warehouse.label} as your shop in a new link and delete this one; a link never runs both ways.`;
    view.notSynced = `Volume is not synced: weights, prices, SKUs, names and addresses go across, parcel dimensions do not.${source.id === "webshipper" ? ` Products and customers ${warehouse.label} does not have yet are created there.` : ""}`;
  }
  if (source.id === "rackbeat" && warehouse.id === "webshipper") {
    view.shippingTitle = "Delivery terms → shipping rates";
    view.shippingHelp = "Which Webshipper shipping rate each Rackbeat delivery term stands for. Create Webshipper's shipping rates as delivery terms in Rackbeat first; an order whose delivery term is not mapped waits as a problem until you map it.";
  } else if (source.id === "webshipper" && warehouse.id === "rackbeat") {
    view.shippingTitle = "Shipping rates → delivery terms";
    view.shippingHelp = "Which Rackbeat delivery term each Webshipper shipping rate becomes on the order in Rackbeat. A rate left unmapped waits as a problem until you map it.";
  }
  return view;
}
