/** The outcome of a simulator operation: a value, or the HTTP answer the real API would give. */
export type Result<T> = { ok: true; value: T } | { ok: false; status: number; body: unknown };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (status: number, body: unknown): Result<never> => ({ ok: false, status, body });
