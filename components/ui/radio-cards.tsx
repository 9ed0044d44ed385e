import { useId } from "react";
import { OptionErrors, OptionRow, type Option } from "./option-row";

type Props = {
  legend: string;
  name: string;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
};

/** A fieldset of radio buttons drawn as selectable cards (arrow keys move between them). */
export function RadioCards({ legend, name, options, value, onChange, errors }: Props) {
  // Ids unique on the page: two forms may each have a field called "mode" (the settings page does).
  const idPrefix = `${name}${useId()}`;
  const errorId = errors?.length ? `${idPrefix}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <OptionRow
            key={option.value}
            type="radio"
            name={name}
            idPrefix={idPrefix}
            option={option}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
        ))}
      </div>
      <OptionErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
