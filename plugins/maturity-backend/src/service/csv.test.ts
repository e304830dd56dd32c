import { csvLine } from './csv';

describe('csvLine', () => {
  it('joins plain cells with commas and ends with CRLF', () => {
    expect(csvLine(['component:default/foo', 'documentation', 3, false])).toBe(
      'component:default/foo,documentation,3,false\r\n',
    );
  });

  it('writes undefined as an empty cell', () => {
    expect(csvLine(['a', undefined, 'c'])).toBe('a,,c\r\n');
    expect(csvLine([undefined])).toBe('\r\n');
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvLine(['a,b'])).toBe('"a,b"\r\n');
    expect(csvLine(['say "hi"'])).toBe('"say ""hi"""\r\n');
    expect(csvLine(['line 1\nline 2'])).toBe('"line 1\nline 2"\r\n');
    expect(csvLine(['x\r\ny', 'plain'])).toBe('"x\r\ny",plain\r\n');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['@cmd', "'@cmd"],
    ['\tindent', "'\tindent"],
  ])('guards %p against formula injection', (cell, expected) => {
    expect(csvLine([cell])).toBe(`${expected}\r\n`);
  });

  it('guards and quotes a formula that also needs quoting', () => {
    expect(csvLine(['=HYPERLINK("http://x","y")'])).toBe(
      `"'=HYPERLINK(""http://x"",""y"")"\r\n`,
    );
    expect(csvLine(['\rnext'])).toBe(`"'\rnext"\r\n`);
  });

  it('leaves cells alone that only contain formula characters later on', () => {
    expect(csvLine(['a=b', 'x-y', 'me@example.com'])).toBe(
      'a=b,x-y,me@example.com\r\n',
    );
  });
});
