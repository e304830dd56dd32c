import { act } from '@testing-library/react';

/** Lets pending promises (such as a permission answer) settle and their renders run. */
export async function flushPromises(): Promise<void> {
  await act(async () => {
    await new Promise(resolve => setTimeout(resolve, 0));
  });
}
