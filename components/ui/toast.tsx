"use client";

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from "react";
import { TONES } from "./tones";

type Show = (message: string) => void;

const ToastContext = createContext<Show>(() => undefined);

/** How an action says it worked: `useToast()(message)`, from any component inside the console. */
export const useToast = () => useContext(ToastContext);

const SHOWN_MS = 8000;

/**
 * The console's one success message: a polite live region that is always in the page (screen
 * readers announce only changes to a region they already know), bottom right on wide screens and
 * across the bottom on phones. It outlives what the action removed (a deleted row's dialog), and
 * goes after a few seconds or with its Dismiss button.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<{ message: string; id: number } | null>(null);
  const show = useCallback<Show>((message) => setToast({ message, id: Date.now() }), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  const { surface, border } = TONES.success;
  return (
    <ToastContext value={show}>
      {children}
      <div
        role="status"
        aria-live="polite"
        className="pointer-events-none fixed inset-x-4 bottom-4 z-50 flex justify-center sm:inset-x-auto sm:right-6 sm:bottom-6"
      >
        {toast && (
          <div
            key={toast.id}
            data-testid="toast"
            className={`pointer-events-auto flex max-w-md items-start gap-3 rounded-md border px-4 py-3 text-sm shadow-lg ${surface} ${border}`}
          >
            <p className="min-w-0 break-words">{toast.message}</p>
            <button
              type="button"
              onClick={() => setToast(null)}
              className="-my-1 shrink-0 rounded px-1 font-medium underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
            >
              Dismiss
            </button>
          </div>
        )}
      </div>
    </ToastContext>
  );
}
