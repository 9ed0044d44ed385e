/**
 * A Prisma filter for text starting with `prefix`, as a range an ordinary index answers (LIKE
 * 'x%' uses no index on SQLite's default collation, and only a text_pattern_ops one on
 * PostgreSQL): [prefix, the next string after every continuation of prefix). Exact for binary
 * ordering, which SQLite uses and the C collation Ninka's PostgreSQL databases are created with.
 */
export function prefixRange(prefix: string): { gte: string; lt: string } {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  const head = prefix.slice(0, prefix.length - (last > 0xffff ? 2 : 1));
  return { gte: prefix, lt: head + String.fromCodePoint(Math.min(last + 1, 0x10ffff)) };
}
