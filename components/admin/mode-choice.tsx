import { Alert } from "@/components/ui/alert";
import { FormError } from "@/components/ui/form-error";
import { RadioCards } from "@/components/ui/radio-cards";
import type { ActionResult } from "@/lib/kernel/errors";

type Props<M extends string> = {
  legend: string;
  name: string;
  /** The setting's modes, each with its label and what it does. */
  modes: Record<M, { label: string; description: string }>;
  value: string;
  onChange: (mode: string) => void;
  /** The last save's answer: "Saved." and what the saved mode does, or what went wrong. */
  state: ActionResult<{ mode: M }> | null;
};

/** An instance setting's modes as cards, under what the last save did. */
export function ModeChoice<M extends string>({ legend, name, modes, value, onChange, state }: Props<M>) {
  const options = Object.entries<{ label: string; description: string }>(modes).map(
    ([value, { label, description }]) => ({ value, label, description }),
  );
  return (
    <>
      {state?.ok && <Alert tone="success">Saved. {modes[state.data.mode].description}</Alert>}
      <FormError state={state} />
      <RadioCards
        legend={legend}
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        errors={state && !state.ok ? state.fieldErrors?.mode : undefined}
      />
    </>
  );
}
