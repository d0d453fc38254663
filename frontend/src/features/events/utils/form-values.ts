import type { EventRequest, StewardEvent } from '@/types/events';
import { browserTimeZone } from '@/utils/time-zones';
import { fromInputValue, toInputValue } from '@/features/events/utils/dates';
import { randomId } from '@/utils/random-id';

export type QuestionValues = { key: string; id: string | null; text: string; required: boolean };

export type EventFormValues = {
  title: string;
  description: string;
  venue: string;
  address: string;
  onlineUrl: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  registrationOpensAt: string;
  registrationClosesAt: string;
  capacity: string;
  questions: QuestionValues[];
};

/** The request fields the form has a field for (server violations on others go to the form's alert). */
export const EVENT_FORM_FIELDS = [
  'title',
  'description',
  'venue',
  'address',
  'onlineUrl',
  'startsAt',
  'endsAt',
  'timeZone',
  'registrationOpensAt',
  'registrationClosesAt',
  'capacity',
  'questions',
] as const;

export function toFormValues(event?: StewardEvent): EventFormValues {
  return {
    title: event?.title ?? '',
    description: event?.description ?? '',
    venue: event?.venue ?? '',
    address: event?.address ?? '',
    onlineUrl: event?.onlineUrl ?? '',
    startsAt: toInputValue(event?.startsAt),
    endsAt: toInputValue(event?.endsAt),
    timeZone: event?.timeZone ?? browserTimeZone(),
    registrationOpensAt: toInputValue(event?.registrationOpensAt),
    registrationClosesAt: toInputValue(event?.registrationClosesAt),
    capacity: event?.capacity != null ? String(event.capacity) : '',
    questions: (event?.questions ?? []).map((question) => ({
      key: question.id,
      id: question.id,
      text: question.text,
      required: question.required,
    })),
  };
}

export function newQuestion(): QuestionValues {
  return { key: randomId(), id: null, text: '', required: false };
}

const blankToNull = (value: string) => (value.trim() ? value.trim() : null);

export function toRequest(values: EventFormValues, version?: number): EventRequest {
  const capacity = values.capacity.trim() ? Number(values.capacity) : null;
  return {
    title: values.title.trim(),
    description: blankToNull(values.description),
    venue: blankToNull(values.venue),
    address: blankToNull(values.address),
    onlineUrl: blankToNull(values.onlineUrl),
    startsAt: fromInputValue(values.startsAt) ?? '',
    endsAt: fromInputValue(values.endsAt) ?? '',
    timeZone: values.timeZone,
    registrationOpensAt: fromInputValue(values.registrationOpensAt),
    registrationClosesAt: fromInputValue(values.registrationClosesAt),
    capacity,
    campaignId: null,
    questions: values.questions
      .filter((question) => question.text.trim())
      .map((question) => ({ id: question.id, text: question.text.trim(), required: question.required })),
    ...(version === undefined ? {} : { version }),
  };
}

/** What the browser can check before sending; the server checks the same again. */
export function validateValues(values: EventFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.title.trim()) errors.title = 'Give the event a title';
  if (!values.startsAt) errors.startsAt = 'When does it start?';
  if (!values.endsAt) errors.endsAt = 'When does it end?';
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) errors.endsAt = 'It must end after it starts';
  if (!values.timeZone) errors.timeZone = 'Choose the time zone';
  if (!values.venue.trim() && !values.onlineUrl.trim()) errors.venue = 'Give a venue or an online link (or both)';
  if (values.onlineUrl.trim() && !/^https?:\/\/\S+$/.test(values.onlineUrl.trim())) {
    errors.onlineUrl = 'An http(s) address, e.g. https://meet.example.org/gala';
  }
  if (
    values.registrationOpensAt &&
    values.registrationClosesAt &&
    values.registrationClosesAt <= values.registrationOpensAt
  ) {
    errors.registrationClosesAt = 'Registration must close after it opens';
  }
  if (values.capacity.trim()) {
    const capacity = Number(values.capacity);
    if (!Number.isInteger(capacity) || capacity < 1) errors.capacity = 'A whole number of seats, at least 1';
  }
  values.questions.forEach((question, index) => {
    if (!question.text.trim() && question.required) errors[`questions.${index}.text`] = 'Write the question or remove it';
  });
  return errors;
}
