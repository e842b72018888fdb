import { Badge } from "@/components/ui/badge";
import type { ProductSyncState } from "@/db/schema";
import { PRODUCT_STATE_LABELS, PRODUCT_STATE_TONES } from "@/lib/products/state-labels";
import { cn } from "@/lib/utils";

const toneClasses = {
  neutral: "border-slate-300 bg-slate-50 text-slate-800",
  done: "border-emerald-200 bg-emerald-50 text-emerald-800",
  problem: "border-red-200 bg-red-50 text-red-800",
} as const;

export function ProductStateBadge({ state }: { state: ProductSyncState }) {
  return <Badge className={cn("whitespace-nowrap", toneClasses[PRODUCT_STATE_TONES[state]])}>{PRODUCT_STATE_LABELS[state]}</Badge>;
}
