"use client";

import { PageError } from "@/components/ui/page-error";

export default function OrdersError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="the orders" reset={reset} />;
}
