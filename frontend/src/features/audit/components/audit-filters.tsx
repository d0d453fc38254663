import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter, IconX } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';

import { ConstituentPicker } from '@/components/ui/constituent-picker';
import type { ConstituentSearchItem } from '@/types/constituents';
import type { AuditActor, AuditEntityType, AuditFilters } from '@/features/audit/types/audit';

export const NO_FILTERS: AuditFilters = { entityType: '', entityId: '', actor: '', from: '', to: '' };

/** The type whose records the person picker chooses. */
export const CONSTITUENT = 'constituent';

type AuditFiltersFormProps = {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
  entityTypes: readonly AuditEntityType[];
  actors: readonly AuditActor[];
  /** The constituent the URL filters by, once it is loaded. */
  person: ConstituentSearchItem | null;
};

/**
 * The audit log's filters, applied together. Re-mounted (by key) whenever the URL's filters change, so the inputs
 * always start from them. Choosing a person means "entries about this constituent" (type constituent and their
 * id); choosing another type lets go of the person.
 */
export function AuditFiltersForm({ filters, onApply, entityTypes, actors, person }: AuditFiltersFormProps) {
  const [entityType, setEntityType] = useState(filters.entityType);
  // undefined: the person the URL names (which may still be loading).
  const [chosenPerson, setChosenPerson] = useState<ConstituentSearchItem | null | undefined>(undefined);
  const [actor, setActor] = useState(filters.actor);
  const [from, setFrom] = useState(filters.from);
  const [to, setTo] = useState(filters.to);
  const [datesError, setDatesError] = useState<string | null>(null);

  const urlPerson = filters.entityType === CONSTITUENT && filters.entityId !== '' ? person : null;
  const shownPerson = chosenPerson === undefined ? urlPerson : chosenPerson;
  const filtered = Object.values(filters).some((value) => value !== '');

  // Types the URL names but the server no longer lists still show (the server says why it refuses them).
  const typeOptions = entityTypes.map((type) => ({ value: type.entityType, label: type.label }));
  if (filters.entityType && !entityTypes.some((type) => type.entityType === filters.entityType)) {
    typeOptions.push({ value: filters.entityType, label: filters.entityType });
  }
  const actorOptions = actors.map((a) => ({
    value: a.username,
    label: a.displayName === a.username ? a.username : `${a.displayName} (${a.username})`,
  }));
  if (filters.actor && !actors.some((a) => a.username === filters.actor)) {
    actorOptions.push({ value: filters.actor, label: filters.actor });
  }

  const entityIdToApply = (): string => {
    if (entityType === CONSTITUENT) {
      if (chosenPerson === undefined) return filters.entityType === CONSTITUENT ? filters.entityId : '';
      return chosenPerson?.id ?? '';
    }
    // A link to one record of another type (a gift's history) keeps it while the type stays.
    return entityType === filters.entityType ? filters.entityId : '';
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (from && to && to < from) {
      setDatesError('Must not be before the start');
      return;
    }
    onApply({ entityType, entityId: entityIdToApply(), actor, from, to });
  };

  return (
    <form onSubmit={submit} aria-label="Filter the audit log">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
        <Select
          label="Type of record"
          placeholder="All types"
          data={typeOptions}
          value={entityType || null}
          onChange={(value) => {
            setEntityType(value ?? '');
            if (value !== CONSTITUENT) setChosenPerson(null);
          }}
          searchable
          clearable
          nothingFoundMessage="No such type"
          comboboxProps={{ withinPortal: true }}
        />
        <ConstituentPicker
          label="Person"
          value={shownPerson}
          onChange={(item) => {
            setChosenPerson(item);
            if (item) setEntityType(CONSTITUENT);
          }}
        />
        <Select
          label="Changed by"
          placeholder="Anyone"
          data={actorOptions}
          value={actor || null}
          onChange={(value) => setActor(value ?? '')}
          searchable
          clearable
          nothingFoundMessage="No one by that name"
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label="From"
          description="This day included"
          type="date"
          value={from}
          onChange={(event) => {
            setFrom(event.currentTarget.value);
            setDatesError(null);
          }}
        />
        <TextInput
          label="To"
          description="This day included"
          type="date"
          value={to}
          error={datesError}
          onChange={(event) => {
            setTo(event.currentTarget.value);
            setDatesError(null);
          }}
        />
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
            Apply filters
          </Button>
          {filtered ? (
            <Button variant="default" onClick={() => onApply(NO_FILTERS)} leftSection={<IconX size={16} aria-hidden />}>
              Clear
            </Button>
          ) : null}
        </Group>
      </SimpleGrid>
    </form>
  );
}
