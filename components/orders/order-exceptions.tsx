import { AlertTriangle } from "lucide-react";
import { FixPathSteps } from "@/components/exceptions/fix-path-steps";
import type { ExceptionRow } from "@/db/schema";
import { FIX_PATHS } from "@/lib/exceptions-inbox/fix-paths";

/** The order's open problems at the top of its page, each with how to fix it. */
export function OrderExceptions({ exceptions, linkId }: { exceptions: ExceptionRow[]; linkId: string }) {
  return (
    <section aria-labelledby="order-problems" className="grid gap-3 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
      <h2 id="order-problems" className="flex items-center gap-2 font-semibold">
        <AlertTriangle className="size-4" aria-hidden /> This order needs your attention
      </h2>
      {exceptions.map((exception) => {
        const path = FIX_PATHS[exception.kind];
        return (
          <div key={exception.id} className="grid gap-1">
            <p className="font-medium">
              {path.title}: <span className="font-normal">{exception.message}</span>
            </p>
            <FixPathSteps path={path} linkId={linkId} />
          </div>
        );
      })}
    </section>
  );
}
