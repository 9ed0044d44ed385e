import { passwordRules } from "@/lib/accounts/users/schemas";

/** The password rules, shown before anyone types (NIST SP 800-63B). */
export function PasswordHint() {
  return (
    <ul className="list-disc pl-5">
      {passwordRules.map((rule) => (
        <li key={rule}>{rule}</li>
      ))}
    </ul>
  );
}
