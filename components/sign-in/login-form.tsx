import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { linkClass } from "./auth-page";
import { PasskeySignIn } from "./passkey-sign-in";

type Props = {
  uid: string;
  email: string;
  error?: string;
  /** Absent when the sign-up policy is closed: nothing to offer (ARCHITECTURE.md "Sign-up policy and invitations"). */
  signUpHref?: string;
  forgotPasswordHref: string;
  /** False on an IP-address host, where browsers refuse passkeys (lib/accounts/passkeys/relying-party.ts). */
  passkeys: boolean;
};

// A plain form to a route handler (no JavaScript needed), which answers 303 to oidc-provider.
export function LoginForm({ uid, email, error, signUpHref, forgotPasswordHref, passkeys }: Props) {
  return (
    <>
      <form method="post" action={`/interaction/${encodeURIComponent(uid)}/login`} className="flex flex-col gap-4">
        {error && <Alert tone="error">{error}</Alert>}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete={passkeys ? "username webauthn" : "username"}
          defaultValue={email}
          required
          autoFocus={!email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus={!!email}
        />
        <Link href={forgotPasswordHref} className={`${linkClass} self-end text-sm`}>
          Forgot password?
        </Link>
        <Button type="submit" className="mt-2 w-full">
          Sign in
        </Button>
      </form>
      {/* Passkeys (ARCHITECTURE.md "Passkeys"): the email field's autofill offers them too ("webauthn" above). */}
      {passkeys && (
        <div className="mt-4">
          <PasskeySignIn base={`/interaction/${encodeURIComponent(uid)}/passkey`} label="Use a passkey" autofill />
        </div>
      )}
      {signUpHref && (
        <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
          New to Ninka?{" "}
          <Link href={signUpHref} className={linkClass}>
            Create an account
          </Link>
        </p>
      )}
    </>
  );
}
