import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { linkClass } from "./auth-page";

type Props = { reason: "closed" | "invitation-invalid"; signInHref: string };

/** In place of the sign-up form when the policy is closed or an invitation link no longer works. */
export function SignUpUnavailable({ reason, signInHref }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <Alert tone={reason === "closed" ? "info" : "error"}>
        {reason === "closed"
          ? "Sign-up is closed on this Ninka: accounts are created by invitation. Ask an administrator to invite you."
          : "This invitation link was already used, has expired or was withdrawn. Ask the administrator who invited you for a new one."}
      </Alert>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href={signInHref} className={linkClass}>
          Sign in
        </Link>
      </p>
    </div>
  );
}
