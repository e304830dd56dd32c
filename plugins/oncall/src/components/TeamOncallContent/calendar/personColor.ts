import {
  amber,
  blue,
  green,
  lightBlue,
  purple,
  teal,
} from '@material-ui/core/colors';

const PALETTE = [blue, green, amber, purple, teal, lightBlue];

/**
 * A background for a person's shifts: the same person gets the same colour in every view, in
 * rotation order so neighbouring shifts differ. Names are always printed too, so colour is
 * never the only cue.
 */
export function personColor(
  user: string,
  participants: ReadonlyArray<string>,
  dark: boolean,
): string {
  let index = participants.indexOf(user);
  if (index < 0) {
    index = [...user].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  }
  const color = PALETTE[index % PALETTE.length];
  return dark ? color[800] : color[100];
}
