import { createOngoingSimulator } from "./ongoing";
import { createPlentymarketsSimulator } from "./plentymarkets";
import { createRackbeatSimulator } from "./rackbeat";
import { createVendreSimulator } from "./vendre";
import { createWebshipperSimulator } from "./webshipper";
import { createWemaloSimulator } from "./wemalo";

export const SANDBOX_SYSTEMS = ["plentymarkets", "wemalo", "ongoing", "webshipper", "rackbeat", "vendre"] as const;
export type SandboxSystem = (typeof SANDBOX_SYSTEMS)[number];

function create(prefix = "/sandbox") {
  return {
    plentymarkets: createPlentymarketsSimulator({ basePath: `${prefix}/plentymarkets` }),
    wemalo: createWemaloSimulator({ basePath: `${prefix}/wemalo` }),
    ongoing: createOngoingSimulator({ basePath: `${prefix}/ongoing` }),
    // Webshipper answers under `/sandbox/webshipper/<account>/v2`, Rackbeat under `/sandbox/rackbeat/api`, Vendre under `/sandbox/vendre/API/1`.
    webshipper: createWebshipperSimulator({ basePath: `${prefix}/webshipper` }),
    rackbeat: createRackbeatSimulator({ basePath: `${prefix}/rackbeat` }),
    vendre: createVendreSimulator({ basePath: `${prefix}/vendre` }),
  } satisfies Record<SandboxSystem, { handle(request: Request): Promise<Response> }>;
}

export type SandboxSimulators = ReturnType<typeof create>;

// One set per server process, kept across hot reloads. State lives in memory: a restart empties the sandbox.
const holder = globalThis as unknown as { __lagerbroSandbox?: SandboxSimulators; __lagerbroSandboxSpaces?: Map<string, SandboxSimulators> };

export function sandboxSimulators(): SandboxSimulators {
  holder.__lagerbroSandbox ??= create();
  return holder.__lagerbroSandbox;
}

export function isSandboxSystem(value: string): value is SandboxSystem {
  return (SANDBOX_SYSTEMS as readonly string[]).includes(value);
}

/** A space's key: lower-case letters and digits, so it is safe in a path. */
const SPACE_KEY = /^[a-z0-9]{8,40}$/;
/** Spaces kept in memory at most; the oldest is dropped first. */
const MAX_SPACES = 500;

export function isSandboxSpaceKey(value: string): boolean {
  return SPACE_KEY.test(value);
}

/** Where a space's simulators are mounted: `/sandbox/t/<space>/<system>`. */
export function sandboxSpacePrefix(space: string): string {
  return `/sandbox/t/${space}`;
}

/**
 * One tenant's own set of simulators (its "Try it with the sandbox"), so one tenant's sandbox
 * orders never reach another tenant's sandbox link. Made on first use; like the shared set it
 * lives in memory, so a restart gives an empty space under the same key.
 */
export function sandboxSpace(space: string): SandboxSimulators {
  if (!isSandboxSpaceKey(space)) throw new Error("invalid sandbox space key");
  const spaces = (holder.__lagerbroSandboxSpaces ??= new Map());
  let sims = spaces.get(space);
  if (!sims) {
    if (spaces.size >= MAX_SPACES) spaces.delete(spaces.keys().next().value!);
    sims = create(sandboxSpacePrefix(space));
    spaces.set(space, sims);
  }
  return sims;
}
