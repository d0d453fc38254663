import { Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { FormSection, focusFirstError } from '@/components/ui/form-section';
import { ReportParameterFields } from '@/features/reports/components/report-parameter-fields';
import type { ReportDefinition, ReportParams } from '@/features/reports/types/reports';
import { validateParams, withoutStrayFiscalStart } from '@/features/reports/utils/params';

type ReportParametersFormProps = {
  definition: ReportDefinition;
  /** The parameters in the address bar. Give the form a `key` of them, so it starts again when they change. */
  params: ReportParams;
  /** What the last run used for the parameters left empty (the server's defaults). */
  effective: ReportParams;
  /** The server's objections, by parameter name. */
  serverErrors: Record<string, string>;
  running: boolean;
  onRun: (params: ReportParams) => void;
  onReset: () => void;
};

/** The report's parameters; "Run report" puts them in the address bar, which runs the report. */
export function ReportParametersForm({ definition, params, effective, serverErrors, running, onRun, onReset }: ReportParametersFormProps) {
  const [draft, setDraft] = useState<ReportParams>(params);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateParams(definition.parameters, draft);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    const chosen: ReportParams = {};
    for (const [key, value] of Object.entries(draft)) {
      if (value.trim()) chosen[key] = value.trim();
    }
    onRun(withoutStrayFiscalStart(chosen));
  };

  const shownErrors = { ...serverErrors, ...errors };

  return (
    <form onSubmit={submit} noValidate aria-label="Report parameters">
      <FormSection title="Parameters">
        <ReportParameterFields
          parameters={definition.parameters}
          values={draft}
          effective={effective}
          errors={shownErrors}
          onChange={(name, value) => {
            setDraft((current) => ({ ...current, [name]: value }));
            setErrors(({ [name]: _fixed, ...rest }) => rest);
          }}
        />
        <Group gap="xs">
          <Button type="submit" loading={running}>
            Run report
          </Button>
          <Button variant="default" onClick={onReset}>
            Defaults
          </Button>
        </Group>
      </FormSection>
    </form>
  );
}
