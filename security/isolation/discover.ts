import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const SKIP = /(^|\/)(node_modules|\.next[^/]*|\.data|e2e|\.git)(\/|$)/;

function filesUnder(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => join(dir, f).replaceAll("\\", "/"))
    .filter((f) => !SKIP.test(f))
    .sort();
}

/** Every page of the app: `app/**\/page.tsx`. */
export function discoverPages(): string[] {
  return filesUnder("app").filter((f) => /(^|\/)page\.tsx?$/.test(f));
}

/** Every layout (they load data too: the team switcher lists the user's teams). */
export function discoverLayouts(): string[] {
  return filesUnder("app").filter((f) => /(^|\/)layout\.tsx?$/.test(f));
}

/** Every route handler: `app/**\/route.ts`. */
export function discoverRoutes(): string[] {
  return filesUnder("app").filter((f) => /(^|\/)route\.tsx?$/.test(f));
}

/** Every module whose first statement is "use server" (its exports are server actions), wherever it lives. */
export function discoverActionModules(): string[] {
  return ["app", "lib", "components"]
    .flatMap(filesUnder)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
    .filter((f) => /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*["']use server["']/.test(readFileSync(join(ROOT, f), "utf8")));
}

/**
 * Files with a "use server" that is not their first statement: a server action declared inside a
 * component. The walk cannot call those one by one, so it refuses them: put actions in lib/actions.
 */
export function discoverInlineServerActions(): string[] {
  const moduleLevel = new Set(discoverActionModules());
  return ["app", "lib", "components"]
    .flatMap(filesUnder)
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !moduleLevel.has(f))
    .filter((f) => /["']use server["']/.test(readFileSync(join(ROOT, f), "utf8")));
}

export function absolute(file: string): string {
  return join(ROOT, file);
}
