import type { SignInConnection } from "@/lib/accounts/connections/sign-in-connections";
import { Button } from "@/components/ui/button";
import { ConnectionIcon } from "./connection-icon";

type Props = { uid: string; connections: SignInConnection[] };

// "Continue with …" for each enabled connection, above the password form (ARCHITECTURE.md
// "Federation"): plain forms posting to the interaction's route, which answers 303 upstream.
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
                <ConnectionIcon preset={connection.preset} name={connection.name} />
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
