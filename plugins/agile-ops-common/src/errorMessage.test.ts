import { ResponseError } from '@backstage/errors';
import { errorMessage } from './errorMessage';

describe('errorMessage', () => {
  it("gives a failed call's own message, which names the field", async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'InputError',
          message: 'scores[0].score must be 0 to 5',
        },
        response: { statusCode: 400 },
      }),
      { status: 400, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    expect(error.message).toMatch(/Request failed with 400/);
    expect(errorMessage(error)).toBe('scores[0].score must be 0 to 5');
  });

  it('falls back to the message of any other error, or the value itself', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
  });
});
