import '@testing-library/jest-dom';

// The dialog has 15 vector rows of MUI fields; a full assess-and-save flow takes a few
// seconds in jsdom, more on a busy CI machine.
jest.setTimeout(20_000);
