"use client";

import { PageError } from "@/components/ui/page-error";

/** Any page of the app that fails renders this inside the shell, so the navigation stays. */
export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return <PageError what="this page" reset={reset} />;
}
