import { ArgumentValidationError } from 'type-graphql';
import { createErrorFormatter } from '../../../server/src/graphql/errors';

describe('error formatter', () => {
  it('answers BAD_USER_INPUT when a validator throws instead of listing errors', () => {
    const thrown = new ArgumentValidationError(new URIError('URI malformed') as never);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const formatted = createErrorFormatter(true)(
        { message: thrown.message, extensions: thrown.extensions },
        thrown,
      );
      expect(formatted).toEqual({
        message: 'The arguments could not be validated.',
        extensions: { code: 'BAD_USER_INPUT' },
      });
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
    }
  });
});
