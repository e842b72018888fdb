import type { FlowView } from "@/lib/wizard/flow-view";

/** Direction and trigger of a link, where it has them (Rackbeat ↔ Webshipper, seed 002). */
export function LinkFlowSummary({ flow }: { flow: FlowView }) {
  const trigger = flow.triggers?.find((t) => t.value === flow.trigger);
  if (!flow.direction && !trigger) return null;
  return (
    <p className="text-sm text-muted-foreground" data-testid="link-flow">
      {flow.direction ? (
        <>
          Direction: <strong className="text-foreground">{flow.direction}</strong> (one way only)
        </>
      ) : null}
      {flow.direction && trigger ? " · " : null}
      {trigger ? (
        <>
          Sends: <strong className="text-foreground">{trigger.label.replace(/^When/, "when")}</strong>
        </>
      ) : null}
      {flow.notSynced ? <span className="block text-xs">{flow.notSynced}</span> : null}
    </p>
  );
}
