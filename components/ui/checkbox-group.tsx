import { OptionErrors, OptionRow, type Option } from "./option-row";

type Props = {
  legend: string;
  name: string;
  options: Option[];
  defaultValues?: string[];
  values?: string[];
  onChange?: (values: string[]) => void;
  errors?: string[];
};

/** A fieldset of checkboxes sharing one name (FormData.getAll), with its errors announced. */
export function CheckboxGroup({ legend, name, options, defaultValues, values, onChange, errors }: Props) {
  const errorId = errors?.length ? `${name}-error` : undefined;
  const toggle = (value: string, checked: boolean) =>
    onChange?.(checked ? [...(values ?? []), value] : (values ?? []).filter((v) => v !== value));
  return (
    <fieldset aria-describedby={errorId} className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
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
        />
      ))}
      <OptionErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
