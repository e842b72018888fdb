import fc from "fast-check";

/**
 * Inputs a partner or a person might really send: near-valid payloads (a valid sample with one to
 * three fields broken), odd text, and files with the usual traps (BOM, quotes, NUL, DOCTYPE).
 */

export type Path = (string | number)[];

/** Every path inside a JSON-like value, the root ([]) first. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...prefix, k]));
  return paths;
}

/** A value nested `depth` levels deep, the kind of body that overflows a recursive reader. */
export function nested(depth: number, kind: "array" | "object" = "array"): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

export const HUGE_STRING = "x".repeat(200_000);

/** Text a form or a partner may send: empty, whitespace, unicode of every plane, lone surrogates, BOM, control characters. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ maxLength: 20 }).map((s) => `\uFEFF${s}`),
  fc.constantFrom("", " ", "\t\n", "\u0000", "null", "undefined", "NaN", "-1", "0", "1e309", "0x10", "2026-02-30", "Ünïcødé ÆØÅ", "😀👍🏽", "<script>alert(1)</script>", "' OR 1=1 --", "a;b,c\"d", "\r\n\r\n", "\u202Eevil"),
  fc.constant(HUGE_STRING),
);

/** Any value JSON could carry, plus the two a JSON body cannot (so schemas are tried beyond JSON too). */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, [], {}), weight: 3 },
  { arbitrary: oddText, weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.integer({ min: 50, max: 400 }).map((d) => nested(d)), weight: 1 },
  { arbitrary: fc.integer({ min: 50, max: 400 }).map((d) => nested(d, "object")), weight: 1 },
);

export type Mutation = { path: Path; op: "replace" | "delete" | "wrap"; value: unknown };

function setAt(root: unknown, path: Path, mutation: Mutation): unknown {
  if (path.length === 0) {
    if (mutation.op === "delete") return undefined;
    return mutation.op === "wrap" ? [root] : structuredClone(mutation.value);
  }
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (next === null || typeof next !== "object") return root; // an earlier mutation removed the way
    parent = next as Record<string | number, unknown>;
  }
  if (parent === null || typeof parent !== "object") return root;
  const last = path[path.length - 1]!;
  if (mutation.op === "delete") {
    if (Array.isArray(parent) && typeof last === "number") parent.splice(last, 1);
    else delete parent[last];
  } else if (mutation.op === "wrap") {
    parent[last] = [parent[last]];
  } else {
    // A copy: generated values ([], {}) may be shared between runs and must not form cycles.
    parent[last] = structuredClone(mutation.value);
  }
  return root;
}

/** Applies mutations to a deep copy of `sample`. */
export function applyMutations(sample: unknown, mutations: Mutation[]): unknown {
  let value = structuredClone(sample);
  for (const m of mutations) value = setAt(value, m.path, m);
  return value;
}

/**
 * A valid sample with one to three of its fields (or the whole body) replaced by a wrong type,
 * removed, wrapped in an array, made huge, unicode or deeply nested. Leaf paths are drawn more
 * often than the root so most cases stay near-valid.
 */
export function nearValid(sample: unknown, maxMutations = 3): fc.Arbitrary<{ value: unknown; mutations: Mutation[] }> {
  const paths = pathsOf(sample);
  const inner = paths.filter((p) => p.length > 0);
  const path = inner.length ? fc.oneof({ arbitrary: fc.constantFrom(...inner), weight: 19 }, { arbitrary: fc.constant([] as Path), weight: 1 }) : fc.constant([] as Path);
  const mutation: fc.Arbitrary<Mutation> = fc.record({ path, op: fc.constantFrom<Mutation["op"]>("replace", "replace", "replace", "delete", "wrap"), value: oddValue });
  return fc.array(mutation, { minLength: 1, maxLength: maxMutations }).map((mutations) => ({ value: applyMutations(sample, mutations), mutations }));
}

/** Pieces that break text formats: quotes, separators, line ends, BOM, NUL, markup, declarations. */
export const TEXT_TRAPS = [
  '"', '""', ";", ",", "\t", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "\\", "<", ">", "&", "&amp;", "&e;", "&#0;", "&#x110000;",
  "<![CDATA[", "]]>", "<!--", "-->", "<!DOCTYPE x>", '<!ENTITY e SYSTEM "file:///etc/passwd">', "<?xml version=\"1.0\"?>", "</", "/>", "=",
  "{", "}", "[", "]", ":", "null", "1e999", "😀", "Ø", "\u2028",
];

/** A valid text file with pieces cut out, replaced or inserted at random places. */
export function mutatedText(sample: string, maxEdits = 4): fc.Arbitrary<string> {
  const piece = fc.oneof({ arbitrary: fc.constantFrom(...TEXT_TRAPS), weight: 3 }, { arbitrary: fc.string({ maxLength: 8 }), weight: 1 }, { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 1 });
  const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: piece });
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let text = sample;
    for (const e of edits) {
      const at = text.length === 0 ? 0 : e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }
    return text;
  });
}
