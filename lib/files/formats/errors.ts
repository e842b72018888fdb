/** A file that cannot be read at all (broken JSON or XML, nested too deep, unsafe XML); the message says why. */
export class UnreadableFileError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "UnreadableFileError";
  }
}

/** A parser's own message in words: a stack overflow on deep nesting says "Maximum call stack size exceeded". */
export function parserMessage(error: unknown): string {
  if (error instanceof RangeError) return "nested too deep";
  return error instanceof Error ? error.message : String(error);
}
