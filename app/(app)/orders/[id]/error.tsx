"use client";

import { PageError } from "@/components/ui/page-error";

export default function OrderError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="this order" reset={reset} />;
}
