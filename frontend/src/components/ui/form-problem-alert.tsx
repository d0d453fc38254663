import { Alert } from '@mantine/core';

import type { ApiError, Violation } from '@/lib/api-client';

type FormProblemAlertProps = {
  /** The failed request, when it failed for a reason no field shows (no violations). */
  problem?: ApiError | null;
  /** Violations the form could not put on one of its fields. */
  unmatched?: readonly Violation[];
  /** What to say when the problem has no detail, e.g. "The interaction could not be saved." */
  fallback?: string;
};

/** The top of a form: why saving failed, when it is not about one field. Renders nothing otherwise. */
export function FormProblemAlert({ problem, unmatched = [], fallback }: FormProblemAlertProps) {
  return (
    <>
      {problem && problem.violations.length === 0 ? (
        <Alert color="red" variant="light" role="alert" title={problem.problem.title}>
          {problem.problem.detail ?? fallback ?? 'The form could not be saved.'}
        </Alert>
      ) : null}
      {unmatched.length > 0 ? (
        <Alert color="red" variant="light" role="alert" title="Please check the form">
          {unmatched.map((violation) => (
            <div key={`${violation.field}:${violation.message}`}>{violation.message}</div>
          ))}
        </Alert>
      ) : null}
    </>
  );
}
