import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/select-field";
import { DEFAULT_SIGNING_ALG, SIGNING_ALG_OPTIONS } from "@/lib/oauth-core/keys/signing-algorithms";

type Props = Omit<ComponentProps<typeof SelectField>, "options" | "hint"> & {
  /** What checks the signatures, in the hint: "JWT library", "OAuth library". */
  verifier: string;
};

/** The algorithm that signs a token (an API's access tokens, an app's ID tokens), with the advice to keep the default. */
export function SigningAlgField({ verifier, ...props }: Props) {
  return (
    <SelectField
      options={SIGNING_ALG_OPTIONS}
      hint={`Keep ${DEFAULT_SIGNING_ALG} unless your ${verifier} can only verify RSA signatures.`}
      {...props}
    />
  );
}
