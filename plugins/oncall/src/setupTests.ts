import '@testing-library/jest-dom';
import { Settings } from 'luxon';

// Weekday and month names follow the locale; pin it so expected texts do not depend on the
// machine running the tests. Tests that care about time zones pin luxon's zone themselves.
Settings.defaultLocale = 'en-US';

// The group tab's dialogs (rotation, override, interrupt) are forms of MUI fields; a full
// fill-in-and-save flow takes a few seconds in jsdom, more on a busy CI machine.
jest.setTimeout(20_000);
