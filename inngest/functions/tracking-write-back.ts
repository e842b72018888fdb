import { writeBackShipment } from "@/lib/pipeline/write-back";
import { recordFailure } from "@/lib/pipeline/record-failure";
import { inngest, shipmentCreated } from "../client";
import { cancelWhenLinkPaused, perLinkAndOrder } from "../policies";
import { retriableOnly } from "../retriable";

/** shipment.created: the shipment goes to the source once (tracking, carrier, lines, status). */
export const trackingWriteBack = inngest.createFunction(
  {
    id: "tracking-write-back",
    name: "Tracking write-back",
    triggers: [shipmentCreated],
    concurrency: [...perLinkAndOrder],
    cancelOn: cancelWhenLinkPaused,
    retries: 6,
    // Retries ran out (or a NonRetriableError): an exception on the order, with the last error.
    onFailure: async ({ event, error, step }) => {
      const { tenantId, orderId } = event.data.event.data;
      return step.run("record-failure", () => recordFailure(tenantId, orderId, error, "Writing the shipment to the source"));
    },
  },
  async ({ event, step }) => {
    const { tenantId, shipmentId } = event.data;
    return step.run("write-shipment-to-source", () => retriableOnly(() => writeBackShipment(tenantId, shipmentId)));
  },
);
