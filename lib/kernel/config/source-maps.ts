// Whether the operator asked Node.js for source-mapped stack traces (`--enable-source-maps`, on the
// command line or in NODE_OPTIONS). tsx turns source maps on for every process it loads into, and
// Node then keeps each loaded module's map in memory, sources included (ARCHITECTURE.md "Memory").
export function sourceMapsRequested(execArgv: readonly string[], nodeOptions = ""): boolean {
  return [...execArgv, ...nodeOptions.split(/\s+/)].includes("--enable-source-maps");
}

/** Production serves without source maps (as `next start` does) unless asked for them. */
export function dropSourceMapsInProduction(production: boolean): void {
  if (production && !sourceMapsRequested(process.execArgv, process.env.NODE_OPTIONS))
    process.setSourceMapsEnabled(false);
}
