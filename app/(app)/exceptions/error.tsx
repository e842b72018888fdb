"use client";

import { PageError } from "@/components/ui/page-error";

export default function ExceptionsError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="the problems" reset={reset} />;
}
