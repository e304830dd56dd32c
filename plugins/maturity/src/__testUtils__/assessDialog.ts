import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ENTITY_REF } from './fixtures';

/** The open assessment dialog of an entity (labelled by its title). */
export function findAssessDialog(entityRef = ENTITY_REF) {
  return screen.findByLabelText(`Assess ${entityRef}`, {
    selector: '[role="dialog"]',
  });
}

/** Picks a score (or '' for "Keep as it is") in one vector row of the dialog. */
export async function pickScore(
  dialog: HTMLElement,
  vectorTitle: string,
  score: number | '',
) {
  await userEvent.selectOptions(
    within(dialog).getByLabelText(`${vectorTitle} score`),
    String(score),
  );
}

/** Replaces the text of a field of the dialog; pasted, so long texts stay fast. */
export async function fillIn(dialog: HTMLElement, label: string, text: string) {
  const field = within(dialog).getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

/** The dialog's save button. */
export function saveButton(dialog: HTMLElement): HTMLElement {
  return within(dialog).getByText('Save assessment').closest('button')!;
}
