import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAt, IconMapPin, IconPhone } from '@tabler/icons-react';
import type { ReactNode } from 'react';

import type { Profile } from '@/features/constituent-profile/types/profile';
import { addressLines } from '@/utils/address';
import { formatDate } from '@/features/constituent-profile/utils/dates';

function PrimaryBadge() {
  return (
    <Badge size="xs" variant="light" color="blue">
      Primary
    </Badge>
  );
}

function ContactGroup({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Group gap={6}>
        {icon}
        <Text size="xs" fw={700} tt="uppercase" c="dimmed">
          {label}
        </Text>
      </Group>
      {children}
    </Stack>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" component="dt" style={{ minWidth: 110 }}>
        {term}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Group>
  );
}

/** Emails, phones, postal addresses (primary ones first and marked) and the personal details. */
export function ContactCard({ profile }: { profile: Profile }) {
  const byPrimary = <T extends { primary: boolean }>(items: T[]) =>
    [...items].sort((a, b) => Number(b.primary) - Number(a.primary));
  const nothing = profile.emails.length + profile.phones.length + profile.addresses.length === 0;

  const details: [string, ReactNode][] = [];
  if (profile.preferredName) details.push(['Preferred name', profile.preferredName]);
  if (profile.formalSalutation) details.push(['Formal', profile.formalSalutation]);
  if (profile.informalSalutation) details.push(['Informal', profile.informalSalutation]);
  if (profile.birthDate) details.push(['Born', formatDate(profile.birthDate)]);
  if (profile.deceased) details.push(['Died', formatDate(profile.deceasedDate, 'date not known')]);
  if (profile.source) details.push(['Source', profile.source]);
  for (const external of profile.externalIds) details.push([external.source, external.id]);

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="contact-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="contact-title">
          Contact details
        </Title>
        {nothing ? (
          <Text size="sm" c="dimmed">
            No email, phone or address on record.
          </Text>
        ) : null}
        {profile.emails.length > 0 ? (
          <ContactGroup icon={<IconAt size={14} aria-hidden />} label="Email">
            {byPrimary(profile.emails).map((email) => (
              <Group key={email.id ?? email.address} gap="xs" wrap="wrap" style={{ rowGap: 0 }}>
                <Anchor href={`mailto:${email.address}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {email.address}
                </Anchor>
                {email.type ? (
                  <Text size="xs" c="dimmed">
                    {email.type.toLowerCase()}
                  </Text>
                ) : null}
                {email.primary ? <PrimaryBadge /> : null}
              </Group>
            ))}
          </ContactGroup>
        ) : null}
        {profile.phones.length > 0 ? (
          <ContactGroup icon={<IconPhone size={14} aria-hidden />} label="Phone">
            {byPrimary(profile.phones).map((phone) => (
              <Group key={phone.id ?? phone.number} gap="xs" wrap="wrap" style={{ rowGap: 0 }}>
                <Anchor href={`tel:${phone.number.replace(/[^\d+]/g, '')}`} size="sm">
                  {phone.number}
                </Anchor>
                {phone.type ? (
                  <Text size="xs" c="dimmed">
                    {phone.type.toLowerCase()}
                  </Text>
                ) : null}
                {phone.primary ? <PrimaryBadge /> : null}
              </Group>
            ))}
          </ContactGroup>
        ) : null}
        {profile.addresses.length > 0 ? (
          <ContactGroup icon={<IconMapPin size={14} aria-hidden />} label="Address">
            {byPrimary(profile.addresses).map((address, index) => (
              <Stack key={address.id ?? index} gap={0}>
                <Group gap="xs">
                  {address.type ? (
                    <Text size="xs" c="dimmed">
                      {address.type.toLowerCase()}
                    </Text>
                  ) : null}
                  {address.primary ? <PrimaryBadge /> : null}
                  {address.validTo ? (
                    <Text size="xs" c="dimmed">
                      until {formatDate(address.validTo)}
                    </Text>
                  ) : null}
                </Group>
                <Text size="sm" component="address" style={{ fontStyle: 'normal' }}>
                  {addressLines(address).map((line) => (
                    <span key={line} style={{ display: 'block' }}>
                      {line}
                    </span>
                  ))}
                </Text>
              </Stack>
            ))}
          </ContactGroup>
        ) : null}
        {details.length > 0 ? (
          <Stack gap={4} component="dl" m={0}>
            {details.map(([term, value]) => (
              <Detail key={term} term={term}>
                {value}
              </Detail>
            ))}
          </Stack>
        ) : null}
        {profile.notes ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {profile.notes}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
