import { Alert } from "@/components/ui/alert";
import { SignInInstead } from "./sign-in-instead";

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
      <SignInInstead href={signInHref} />
    </div>
  );
}
