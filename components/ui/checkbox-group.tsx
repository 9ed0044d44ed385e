import type { ReactNode } from "react";
import { OptionErrors, OptionRow, type Option } from "./option-row";

type Props = {
  legend: ReactNode;
  /** What the group is about, under its legend. */
  description?: ReactNode;
  name: string;
  options: Option[];
  defaultValues?: string[];
  values?: string[];
  onChange?: (values: string[]) => void;
  errors?: string[];
  /** For several groups of one name on a page: keeps their element ids apart. */
  idPrefix?: string;
};

/** A fieldset of checkboxes sharing one name (FormData.getAll), with its errors announced. */
export function CheckboxGroup({
  legend,
  description,
  name,
  options,
  defaultValues,
  values,
  onChange,
  errors,
  idPrefix = name,
}: Props) {
  const errorId = errors?.length ? `${idPrefix}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange?.(checked ? [...(values ?? []), value] : (values ?? []).filter((v) => v !== value));
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      {description && <p className="-mt-1 mb-1 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
      {options.map((option) => (
        <OptionRow
          key={option.value}
          type="checkbox"
          name={name}
          option={option}
          checked={values?.includes(option.value)}
          defaultChecked={defaultValues?.includes(option.value)}
          onChange={onChange ? (checked) => toggle(option.value, checked) : undefined}
          invalid={!!errors?.length}
          idPrefix={idPrefix}
        />
      ))}
      <OptionErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
