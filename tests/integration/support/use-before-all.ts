import { beforeAll } from "vitest";

/**
 * What `make` resolves to, made once before the file's (or describe block's) tests: a fresh app,
 * API client or account that its tests share. Read it inside tests only.
 */
export function useBeforeAll<T>(make: () => Promise<T>): () => T {
  let made: { value: T } | undefined;
  beforeAll(async () => {
    made = { value: await make() };
  });
  return () => {
    if (!made) throw new Error("useBeforeAll: not made yet (read it inside tests)");
    return made.value;
  };
}
