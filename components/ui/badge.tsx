import type { ReactNode } from "react";
import { TONES, type Tone } from "./tones";

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  const { surface, ring } = TONES[tone];
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 font-mono text-xs ring-1 ring-inset ${surface} ${ring}`}
    >
      {children}
    </span>
  );
}
