// The console's colour roles, light and dark, in one place: alerts draw a border, badges a ring,
// both on the same surface and text colours. (Full class names, so Tailwind finds them.)
export const TONES = {
  neutral: {
    surface: "bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200",
    border: "border-slate-300 dark:border-slate-600",
    ring: "ring-slate-300 dark:ring-slate-600",
  },
  brand: {
    surface: "bg-brand-50 text-brand-700 dark:bg-slate-800 dark:text-brand-100",
    border: "border-brand-100 dark:border-brand-700",
    ring: "ring-brand-100 dark:ring-brand-700",
  },
  success: {
    surface: "bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
    border: "border-emerald-300 dark:border-emerald-800",
    ring: "ring-emerald-300 dark:ring-emerald-800",
  },
  warning: {
    surface: "bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
    border: "border-amber-300 dark:border-amber-800",
    ring: "ring-amber-300 dark:ring-amber-800",
  },
  danger: {
    surface: "bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100",
    border: "border-red-300 dark:border-red-800",
    ring: "ring-red-300 dark:ring-red-800",
  },
} as const;

export type Tone = keyof typeof TONES;
