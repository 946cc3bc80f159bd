import type { NextFunction, Request, Response } from 'express';

/**
 * Errors that happen before GraphQL sees a request (body too large, not JSON) get a GraphQL-shaped JSON answer
 * with a code, instead of Express's HTML page with a stack trace.
 */
export function httpErrorHandler(
  err: { status?: number; type?: string },
  _req: Request,
  res: Response,
  next: NextFunction,
) {
  if (res.headersSent) return next(err);
  if (err.type === 'entity.too.large') {
    res
      .status(413)
      .json({ errors: [{ message: 'The request body is too large.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (err.type === 'entity.parse.failed') {
    res
      .status(400)
      .json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  res
    .status(err.status && err.status < 500 ? err.status : 500)
    .json({ errors: [{ message: 'The request could not be handled.', extensions: { code: 'BAD_REQUEST' } }] });
}
