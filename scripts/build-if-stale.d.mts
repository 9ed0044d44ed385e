/** Whether a change to `path` (from the repository root, "/"-separated) makes the build stale. */
export function isBuildInput(path: string): boolean;
