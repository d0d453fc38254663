import { Center, Loader } from '@mantine/core';

export function PageLoader() {
  return (
    <Center h="50vh" role="status" aria-live="polite">
      <Loader aria-label="Loading" />
    </Center>
  );
}
