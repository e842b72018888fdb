import { spawn } from "node:child_process";
import { EnvError } from "../lib/env/schema";
import { prepareRuntime } from "./prepare-runtime";

/** Starts `next <command>` with the database ready; stops the embedded Postgres when Next stops. */
export async function runNext(command: "dev" | "start", extraArgs: string[]): Promise<void> {
  let runtime;
  try {
    runtime = await prepareRuntime();
  } catch (error) {
    console.error(error instanceof EnvError ? error.message : error);
    process.exit(1);
  }
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", command, ...extraArgs], {
    env: runtime.env,
    stdio: "inherit",
  });
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", async (code) => {
    await runtime.embedded?.stop();
    process.exit(code ?? 0);
  });
}
