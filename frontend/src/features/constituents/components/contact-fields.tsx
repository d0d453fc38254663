import {
  ActionIcon,
  Button,
  Group,
  Input,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import {
  ADDRESS_TYPES,
  CONTACT_TYPE_LABELS,
  EMAIL_TYPES,
  PHONE_TYPES,
} from '@/features/constituents/types/constituent';
import { CountrySelect } from '@/features/constituents/components/country-select';
import {
  newAddress,
  newEmail,
  newExternalId,
  newPhone,
  type ConstituentFormValues,
  type ListField,
} from '@/features/constituents/utils/form-values';

type Form = UseFormReturnType<ConstituentFormValues>;

const typeOptions = (types: readonly string[]) =>
  types.map((type) => ({ value: type, label: CONTACT_TYPE_LABELS[type] ?? type }));

/** Focuses an element once React has rendered it (the first input of a row just added). */
function focusSoon(id: string) {
  window.setTimeout(() => document.getElementById(id)?.focus(), 0);
}

function ListSection({
  title,
  addLabel,
  onAdd,
  error,
  empty,
  children,
}: {
  title: string;
  addLabel: string;
  onAdd: () => void;
  error?: ReactNode;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
      {error ? <Input.Error role="alert">{error}</Input.Error> : null}
      {empty ? (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      ) : (
        children
      )}
    </Stack>
  );
}

/** Makes row `index` of a list the primary one (exactly one row is primary). */
function setPrimary(form: Form, field: 'emails' | 'phones' | 'addresses', index: number) {
  const rows = form.getValues()[field];
  form.setFieldValue(
    field,
    rows.map((row, i) => ({ ...row, primary: i === index })) as never,
  );
}

/** Removes a row; if it was the primary one, the first remaining row becomes primary. */
function removeRow(form: Form, field: ListField, index: number) {
  const rows = form.getValues()[field] as { primary?: boolean }[];
  const wasPrimary = rows[index]?.primary === true;
  form.removeListItem(field, index);
  if (wasPrimary && field !== 'externalIds' && rows.length > 1) setPrimary(form, field, 0);
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="gray.8" size="lg" aria-label={label} onClick={onClick}>
      <IconTrash size={18} aria-hidden />
    </ActionIcon>
  );
}

function PrimaryRadio({
  name,
  label,
  checked,
  onSelect,
}: {
  name: string;
  label: string;
  checked: boolean;
  onSelect: () => void;
}) {
  return <Radio name={name} label="Primary" aria-label={label} checked={checked} onChange={onSelect} />;
}

export function EmailsFields({ form }: { form: Form }) {
  const rows = form.values.emails;
  return (
    <ListSection
      title="Emails"
      addLabel="Add email"
      empty={rows.length === 0}
      error={form.errors.emails}
      onAdd={() => {
        const row = newEmail(rows.length === 0);
        form.insertListItem('emails', row);
        focusSoon(`${row.key}-address`);
      }}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Group key={row.key} gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              id={`${row.key}-address`}
              label="Email address"
              aria-label={`Email ${n} address`}
              type="email"
              autoComplete="off"
              style={{ flex: '1 1 16rem' }}
              {...form.getInputProps(`emails.${index}.address`)}
            />
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <NativeSelect
                label="Type"
                aria-label={`Email ${n} type`}
                w={120}
                data={typeOptions(EMAIL_TYPES)}
                {...form.getInputProps(`emails.${index}.type`)}
              />
              <Group gap="xs" mt={30} wrap="nowrap">
                <PrimaryRadio
                  name="emails-primary"
                  label={`Email ${n} is primary`}
                  checked={row.primary}
                  onSelect={() => setPrimary(form, 'emails', index)}
                />
                <RemoveButton label={`Remove email ${n}`} onClick={() => removeRow(form, 'emails', index)} />
              </Group>
            </Group>
          </Group>
        );
      })}
    </ListSection>
  );
}

export function PhonesFields({ form }: { form: Form }) {
  const rows = form.values.phones;
  return (
    <ListSection
      title="Phones"
      addLabel="Add phone"
      empty={rows.length === 0}
      error={form.errors.phones}
      onAdd={() => {
        const row = newPhone(rows.length === 0);
        form.insertListItem('phones', row);
        focusSoon(`${row.key}-number`);
      }}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          <Group key={row.key} gap="sm" align="flex-start" wrap="wrap">
            <TextInput
              id={`${row.key}-number`}
              label="Phone number"
              aria-label={`Phone ${n} number`}
              type="tel"
              autoComplete="off"
              style={{ flex: '1 1 16rem' }}
              {...form.getInputProps(`phones.${index}.number`)}
            />
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <NativeSelect
                label="Type"
                aria-label={`Phone ${n} type`}
                w={120}
                data={typeOptions(PHONE_TYPES)}
                {...form.getInputProps(`phones.${index}.type`)}
              />
              <Group gap="xs" mt={30} wrap="nowrap">
                <PrimaryRadio
                  name="phones-primary"
                  label={`Phone ${n} is primary`}
                  checked={row.primary}
                  onSelect={() => setPrimary(form, 'phones', index)}
                />
                <RemoveButton label={`Remove phone ${n}`} onClick={() => removeRow(form, 'phones', index)} />
              </Group>
            </Group>
          </Group>
        );
      })}
    </ListSection>
  );
}

export function AddressesFields({ form }: { form: Form }) {
  const rows = form.values.addresses;
  return (
    <ListSection
      title="Addresses"
      addLabel="Add address"
      empty={rows.length === 0}
      error={form.errors.addresses}
      onAdd={() => {
        const row = newAddress(rows.length === 0);
        form.insertListItem('addresses', row);
        focusSoon(`${row.key}-line1`);
      }}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        const label = (what: string) => `Address ${n} ${what}`;
        const rowError = form.errors[`addresses.${index}`];
        return (
          <Paper key={row.key} withBorder radius="md" p="sm">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600} size="sm">
                  Address {n}
                </Text>
                <Group gap="xs" wrap="nowrap">
                  <PrimaryRadio
                    name="addresses-primary"
                    label={`Address ${n} is primary`}
                    checked={row.primary}
                    onSelect={() => setPrimary(form, 'addresses', index)}
                  />
                  <RemoveButton label={`Remove address ${n}`} onClick={() => removeRow(form, 'addresses', index)} />
                </Group>
              </Group>
              {rowError ? <Input.Error role="alert">{rowError}</Input.Error> : null}
              <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
                <TextInput
                  id={`${row.key}-line1`}
                  label="Street"
                  aria-label={label('street')}
                  autoComplete="off"
                  {...form.getInputProps(`addresses.${index}.line1`)}
                />
                <TextInput
                  label="Street, line 2"
                  aria-label={label('street, line 2')}
                  autoComplete="off"
                  {...form.getInputProps(`addresses.${index}.line2`)}
                />
                <NativeSelect
                  label="Type"
                  aria-label={label('type')}
                  data={typeOptions(ADDRESS_TYPES)}
                  {...form.getInputProps(`addresses.${index}.type`)}
                />
                <TextInput
                  label="City"
                  aria-label={label('city')}
                  autoComplete="off"
                  {...form.getInputProps(`addresses.${index}.city`)}
                />
                <TextInput
                  label="Region or state"
                  aria-label={label('region or state')}
                  autoComplete="off"
                  {...form.getInputProps(`addresses.${index}.region`)}
                />
                <Group gap="sm" grow align="flex-start">
                  <TextInput
                    label="Postal code"
                    aria-label={label('postal code')}
                    autoComplete="off"
                    {...form.getInputProps(`addresses.${index}.postalCode`)}
                  />
                  <CountrySelect
                    label="Country"
                    aria-label={label('country')}
                    placeholder="Type to search"
                    {...form.getInputProps(`addresses.${index}.country`)}
                  />
                </Group>
                <TextInput
                  label="Valid from"
                  aria-label={label('valid from')}
                  type="date"
                  {...form.getInputProps(`addresses.${index}.validFrom`)}
                />
                <TextInput
                  label="Valid to"
                  aria-label={label('valid to')}
                  type="date"
                  {...form.getInputProps(`addresses.${index}.validTo`)}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
        );
      })}
    </ListSection>
  );
}

export function ExternalIdsFields({ form }: { form: Form }) {
  const rows = form.values.externalIds;
  return (
    <ListSection
      title="External ids"
      addLabel="Add external id"
      empty={rows.length === 0}
      error={form.errors.externalIds}
      onAdd={() => {
        const row = newExternalId();
        form.insertListItem('externalIds', row);
        focusSoon(`${row.key}-source`);
      }}
    >
      {rows.map((row, index) => {
        const n = index + 1;
        const rowError = form.errors[`externalIds.${index}`];
        return (
          <Stack key={row.key} gap={4}>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                id={`${row.key}-source`}
                label="System"
                aria-label={`External id ${n} system`}
                placeholder="e.g. legacy-crm"
                style={{ flex: '1 1 10rem' }}
                {...form.getInputProps(`externalIds.${index}.source`)}
              />
              <TextInput
                label="Id"
                aria-label={`External id ${n} id`}
                style={{ flex: '1 1 10rem' }}
                {...form.getInputProps(`externalIds.${index}.id`)}
              />
              <Group mt={30}>
                <RemoveButton
                  label={`Remove external id ${n}`}
                  onClick={() => removeRow(form, 'externalIds', index)}
                />
              </Group>
            </Group>
            {rowError ? <Input.Error role="alert">{rowError}</Input.Error> : null}
          </Stack>
        );
      })}
    </ListSection>
  );
}
