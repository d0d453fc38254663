import { MultiSelect, Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';

import type { ReportParameter, ReportParams } from '@/features/reports/types/reports';
import {
  CREDIT_BASIS_OPTIONS,
  DEFAULT_KINDS,
  GIFT_KIND_LABELS,
  giftKindLabel,
  YEAR_BASIS_OPTIONS,
} from '@/features/reports/utils/labels';

type ReportParameterFieldsProps = {
  parameters: readonly ReportParameter[];
  /** What the reader chose. */
  values: ReportParams;
  /** What a parameter left empty stands for (the server's defaults, e.g. today's date), shown in its field. */
  effective?: ReportParams;
  errors?: Record<string, string | undefined>;
  onChange: (name: string, value: string) => void;
  /** Parameters not to offer (a schedule's runs choose their own date). */
  omit?: readonly string[];
};

/** "groupBy" options such as "fund" as words ("Fund"). */
function optionLabel(option: string): string {
  if (GIFT_KIND_LABELS[option]) return GIFT_KIND_LABELS[option];
  const words = option.replace(/[_-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function describe(parameter: ReportParameter, fallback?: string): string | undefined {
  return parameter.description || fallback;
}

/**
 * The fields of a report's parameters, as its catalogue entry lists them: a date for asOf, calendar or fiscal years
 * (with the fiscal year's first day), the credit basis, which kinds of gift count, and the report's own extras.
 */
export function ReportParameterFields({ parameters, values, effective = {}, errors = {}, onChange, omit = [] }: ReportParameterFieldsProps) {
  const shown = (name: string) => values[name] ?? effective[name] ?? '';
  const fields = parameters.filter((parameter) => !omit.includes(parameter.name) && parameter.name !== 'fiscalYearStart');
  const fiscalStart = parameters.find((parameter) => parameter.name === 'fiscalYearStart');

  const field = (parameter: ReportParameter) => {
    const common = {
      label: parameter.label,
      required: parameter.required,
      error: errors[parameter.name],
    };
    const value = shown(parameter.name);

    if (parameter.name === 'yearBasis') {
      const options = YEAR_BASIS_OPTIONS.filter((option) => !parameter.options || parameter.options.includes(option.value));
      return (
        <Stack gap="xs" key={parameter.name}>
          <Radio.Group
            {...common}
            description={describe(parameter)}
            value={value || 'CALENDAR'}
            onChange={(next) => onChange('yearBasis', next)}
          >
            <Stack gap={6} mt={6}>
              {options.map((option) => (
                <Radio key={option.value} value={option.value} label={option.label} />
              ))}
            </Stack>
          </Radio.Group>
          {(value || 'CALENDAR') === 'FISCAL' ? (
            <TextInput
              label={fiscalStart?.label ?? 'Fiscal year starts on (MM-DD)'}
              description={fiscalStart?.description || 'Empty: the organization’s fiscal year. A fiscal year is named by the year it ends in.'}
              placeholder="07-01"
              inputMode="numeric"
              maxLength={5}
              value={shown('fiscalYearStart')}
              error={errors.fiscalYearStart}
              onChange={(event) => onChange('fiscalYearStart', event.currentTarget.value)}
            />
          ) : null}
        </Stack>
      );
    }

    if (parameter.name === 'creditBasis') {
      const data = CREDIT_BASIS_OPTIONS.filter((option) => !parameter.options || parameter.options.includes(option.value));
      return (
        <Select
          key={parameter.name}
          {...common}
          description={describe(parameter)}
          data={data}
          value={value || 'HARD'}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
          onChange={(next) => onChange('creditBasis', next ?? '')}
        />
      );
    }

    switch (parameter.type) {
      case 'kinds': {
        const options = parameter.options ?? Object.keys(GIFT_KIND_LABELS);
        // An empty choice stays empty (and is refused), rather than springing back to the defaults.
        const chosen = (values[parameter.name] ?? (effective[parameter.name] || parameter.defaultValue || DEFAULT_KINDS.join(',')))
          .split(',')
          .map((kind) => kind.trim())
          .filter(Boolean);
        return (
          <MultiSelect
            key={parameter.name}
            {...common}
            description={describe(parameter, 'Only completed gifts count, net of refunds; pledges themselves never do.')}
            data={options.map((kind) => ({ value: kind, label: giftKindLabel(kind) }))}
            value={chosen}
            comboboxProps={{ withinPortal: true }}
            onChange={(next) => onChange(parameter.name, next.join(','))}
          />
        );
      }
      case 'enum':
        return (
          <Select
            key={parameter.name}
            {...common}
            description={describe(parameter)}
            data={(parameter.options ?? []).map((option) => ({ value: option, label: optionLabel(option) }))}
            value={value || null}
            clearable={!parameter.required}
            comboboxProps={{ withinPortal: true }}
            onChange={(next) => onChange(parameter.name, next ?? '')}
          />
        );
      case 'date':
        return (
          <TextInput
            key={parameter.name}
            {...common}
            description={describe(parameter, parameter.name === 'asOf' ? 'Empty: today' : undefined)}
            type="date"
            value={value}
            onChange={(event) => onChange(parameter.name, event.currentTarget.value)}
          />
        );
      case 'integer':
        return (
          <TextInput
            key={parameter.name}
            {...common}
            description={describe(parameter)}
            inputMode="numeric"
            value={value}
            onChange={(event) => onChange(parameter.name, event.currentTarget.value)}
          />
        );
      case 'money-list':
        return (
          <TextInput
            key={parameter.name}
            {...common}
            description={describe(parameter, 'Lower bounds of each band, separated by commas, e.g. 0,100,1000')}
            inputMode="decimal"
            value={value}
            onChange={(event) => onChange(parameter.name, event.currentTarget.value)}
          />
        );
      default:
        return (
          <TextInput
            key={parameter.name}
            {...common}
            description={describe(parameter)}
            value={value}
            onChange={(event) => onChange(parameter.name, event.currentTarget.value)}
          />
        );
    }
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
      {fields.map(field)}
    </SimpleGrid>
  );
}
