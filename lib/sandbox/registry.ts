import { createOngoingSimulator } from "./ongoing";
import { createPlentymarketsSimulator } from "./plentymarkets";
import { createWemaloSimulator } from "./wemalo";

export const SANDBOX_SYSTEMS = ["plentymarkets", "wemalo", "ongoing"] as const;
export type SandboxSystem = (typeof SANDBOX_SYSTEMS)[number];

function create() {
  return {
    plentymarkets: createPlentymarketsSimulator({ basePath: "/sandbox/plentymarkets" }),
    wemalo: createWemaloSimulator({ basePath: "/sandbox/wemalo" }),
    ongoing: createOngoingSimulator({ basePath: "/sandbox/ongoing" }),
  };
}

export type SandboxSimulators = ReturnType<typeof create>;

// One set per server process, kept across hot reloads. State lives in memory: a restart empties the sandbox.
const holder = globalThis as unknown as { __lagerbroSandbox?: SandboxSimulators };

export function sandboxSimulators(): SandboxSimulators {
  holder.__lagerbroSandbox ??= create();
  return holder.__lagerbroSandbox;
}

export function isSandboxSystem(value: string): value is SandboxSystem {
  return (SANDBOX_SYSTEMS as readonly string[]).includes(value);
}
