// The "small diff" an audit event carries (ARCHITECTURE.md "Audit log"): each field whose value
// differs, as { from, to }. Callers pass views that hold no secret.
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  ignore: string[] = [],
): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ignore.includes(key)) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}
