import type { ReactNode } from "react";
import { Logo } from "@/components/app-shell/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-6 p-4">
      <Logo />
      <div className="w-full max-w-md">{children}</div>
    </main>
  );
}
