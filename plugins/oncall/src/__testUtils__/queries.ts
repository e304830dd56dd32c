import { screen, within } from '@testing-library/react';

/** The coverage list of a day, as "Who covers Monday 9 March" (found once it has loaded). */
export async function findDay(day: string): Promise<HTMLElement> {
  return screen.findByRole('list', { name: `Who covers ${day}` });
}

/** The text of each entry of a day's coverage, such as "Bob from 09:00". */
export function entriesOf(list: HTMLElement): string[] {
  return within(list)
    .queryAllByRole('listitem')
    .map(item => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** The texts of a table's body rows, cell by cell. */
export function rowsOf(table: HTMLElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map(row =>
    [...row.querySelectorAll('th, td')].map(cell => cell.textContent ?? ''),
  );
}
