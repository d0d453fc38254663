import { Alert, Anchor, Badge, Drawer, Skeleton, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { isApiError } from '@/lib/api-client';
import { formatDay } from '@/utils/format';
import { formatMoney } from '@/utils/money';
import { useWhy } from '@/features/reports/api/reports';
import { NamesHiddenNote } from '@/features/reports/components/names-hidden-note';
import type { ReportParams } from '@/features/reports/types/reports';
import { giftKindLabel } from '@/features/reports/utils/labels';

export type WhyTarget = { constituentId: string; name: string };

type WhyDrawerProps = {
  report: string;
  title: string;
  params: ReportParams;
  currency: string;
  target: WhyTarget | null;
  canOpenGifts: boolean;
  canOpenConstituents: boolean;
  onClose: () => void;
};

function WhyContent({ report, params, currency, target, canOpenGifts, canOpenConstituents }: Omit<WhyDrawerProps, 'onClose' | 'title'> & { target: WhyTarget }) {
  const why = useWhy(report, params, target.constituentId);
  if (why.isPending) return <Skeleton height={160} aria-label="Loading the gifts" />;
  if (why.isError) {
    if (isApiError(why.error) && why.error.code === 'reports.names-hidden') return <NamesHiddenNote />;
    return (
      <Alert color="red" variant="light" role="alert" title="The gifts could not be loaded">
        {isApiError(why.error) ? (why.error.problem.detail ?? why.error.problem.title) : 'Please try again.'}
      </Alert>
    );
  }
  const answer = why.data;
  return (
    <Stack gap="md">
      <Text>{answer.explanation}</Text>
      {canOpenConstituents ? (
        <Anchor component={Link} to={`/constituents/${answer.constituentId}`} size="sm">
          Open {answer.name}’s page
        </Anchor>
      ) : null}
      {answer.gifts.length === 0 ? (
        <Text size="sm" c="dimmed">
          No gift: nothing counted for this donor in the period.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table striped withTableBorder aria-label={`Gifts that count for ${answer.name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Received</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Credited
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  Gift
                </Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Credit</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {answer.gifts.map((gift) => (
                <Table.Tr key={`${gift.giftId}:${gift.credit}`}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {canOpenGifts ? (
                      <Anchor
                        component={Link}
                        to={`/gifts/${gift.giftId}`}
                        size="sm"
                        aria-label={`Gift of ${formatMoney(gift.amount, gift.currency)} received ${formatDay(gift.receivedOn)}`}
                      >
                        {formatDay(gift.receivedOn)}
                      </Anchor>
                    ) : (
                      formatDay(gift.receivedOn)
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(gift.credited, currency)}</Table.Td>
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatMoney(gift.amount, gift.currency)}</Table.Td>
                  <Table.Td>{giftKindLabel(gift.kind)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={gift.credit === 'SOFT' ? 'grape' : 'blue'}>
                      {gift.credit === 'SOFT' ? 'Soft' : 'Hard'}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** "Why is this donor in the list?": the explanation and the gifts that put them there, for the same parameters. */
export function WhyDrawer({ title, onClose, target, ...rest }: WhyDrawerProps) {
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Text fw={700} size="lg" component="span">
          {target ? `Why ${target.name} is in ${title}` : title}
        </Text>
      }
    >
      {target ? <WhyContent target={target} {...rest} /> : null}
    </Drawer>
  );
}
