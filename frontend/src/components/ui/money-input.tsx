import { NumberInput, type NumberInputProps } from '@mantine/core';

type MoneyInputProps = Omit<
  NumberInputProps,
  'value' | 'defaultValue' | 'onChange' | 'onValueChange' | 'decimalScale' | 'fixedDecimalScale'
> & {
  /** The amount as a plain decimal string ("1234.5"), never a number; "" when empty. */
  value?: string;
  onChange?: (value: string) => void;
};

/**
 * An amount field: two decimals, thousand separators while reading, and the value kept as the digits
 * typed (a string), so no amount ever passes through a float. No step buttons or arrow keys: they
 * would count in floats.
 */
export function MoneyInput({ value, onChange, ...props }: MoneyInputProps) {
  return (
    <NumberInput
      inputMode="decimal"
      thousandSeparator=","
      decimalScale={2}
      fixedDecimalScale
      allowNegative={false}
      hideControls
      withKeyboardEvents={false}
      valueIsNumericString
      {...props}
      value={value ?? ''}
      onValueChange={(payload) => onChange?.(payload.value)}
    />
  );
}
