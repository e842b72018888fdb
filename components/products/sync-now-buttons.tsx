"use client";

import { PackageCheck, RefreshCw } from "lucide-react";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionToast } from "@/components/ui/use-action-toast";
import { idle } from "@/lib/actions/action-state";
import { syncProductsNowAction, syncStockNowAction } from "@/lib/actions/product-actions";

function SyncButton({ linkId, kind }: { linkId: string; kind: "products" | "stock" }) {
  const [state, action] = useActionState(kind === "products" ? syncProductsNowAction : syncStockNowAction, idle);
  useActionToast(state);
  return (
    <form action={action}>
      <input type="hidden" name="linkId" value={linkId} />
      <SubmitButton variant="outline" size="sm" pendingText="Requesting…">
        {kind === "products" ? <PackageCheck aria-hidden /> : <RefreshCw aria-hidden />}
        {kind === "products" ? "Sync products now" : "Sync stock now"}
      </SubmitButton>
    </form>
  );
}

/** "Sync products now" and "Sync stock now": each asks the background work to run at once and confirms with a toast. */
export function SyncNowButtons({ linkId, products = true, stock = true }: { linkId: string; products?: boolean; stock?: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      {products ? <SyncButton linkId={linkId} kind="products" /> : null}
      {stock ? <SyncButton linkId={linkId} kind="stock" /> : null}
    </div>
  );
}
