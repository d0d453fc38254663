import { Alert } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';

/** Said wherever a board member meets a donor list whose names an administrator keeps from the board. */
export function NamesHiddenNote() {
  return (
    <Alert color="gray" variant="light" icon={<IconEyeOff size={20} aria-hidden />} title="Donor names are not shown to board members" role="note">
      An administrator decides whether board members see donors’ names in reports. The counts and totals here include
      every donor; ask an administrator or a development officer if you need the names.
    </Alert>
  );
}
