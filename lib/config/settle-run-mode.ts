// Imported first by server.ts, for its side effect: NODE_ENV is settled before any other module
// (Next.js, React) reads it. See run-mode.ts.
import { settleRunMode } from "./run-mode";

settleRunMode();
