import type { SignInConnection } from "@/lib/accounts/connections/sign-in-connections";
import { CONNECTION_PRESETS } from "@/lib/accounts/connections/presets";
import { Button } from "@/components/ui/button";

type Props = { uid: string; connections: SignInConnection[] };

// "Continue with …" for each enabled connection, above the password form (ARCHITECTURE.md
// "Federation"): plain forms posting to the interaction's route, which answers 303 upstream.
// The mark is the provider's initial in a badge: no third-party logo is served.
export function ConnectionButtons({ uid, connections }: Props) {
  if (connections.length === 0) return null;
  return (
    <div className="mb-6 flex flex-col gap-3">
      <ul className="flex flex-col gap-2" aria-label="Other ways to sign in">
        {connections.map((connection) => (
          <li key={connection.id}>
            <form
              method="post"
              action={`/interaction/${encodeURIComponent(uid)}/connections/${encodeURIComponent(connection.id)}`}
            >
              <Button type="submit" variant="secondary" className="w-full">
                <span
                  aria-hidden="true"
                  className="inline-flex size-5 items-center justify-center rounded bg-slate-200 text-xs font-semibold text-slate-800 dark:bg-slate-700 dark:text-slate-100"
                >
                  {(connection.preset === "oidc" ? connection.name : CONNECTION_PRESETS[connection.preset].label)
                    .charAt(0)
                    .toUpperCase()}
                </span>
                {`Continue with ${connection.name}`}
              </Button>
            </form>
          </li>
        ))}
      </ul>
      <p className="flex items-center gap-3 text-xs text-slate-600 dark:text-slate-400">
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
        or
        <span aria-hidden="true" className="h-px flex-1 bg-slate-200 dark:bg-slate-700" />
      </p>
    </div>
  );
}
