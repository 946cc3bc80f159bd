import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './messages/request-language';

/**
 * Errors that happen before GraphQL sees a request (body too large, not JSON) get a GraphQL-shaped JSON answer
 * with a code, instead of Express's HTML page with a stack trace.
 */
export function httpErrorHandler(
  err: { status?: number; type?: string },
  req: Request,
  res: Response,
  next: NextFunction,
) {
  if (res.headersSent) return next(err);
  if (err.type === 'entity.too.large') {
    res.status(413).json(errorBody(req, 'The request body is too large.', { code: 'PAYLOAD_TOO_LARGE' }));
    return;
  }
  if (err.type === 'entity.parse.failed') {
    res.status(400).json(errorBody(req, 'The request body is not valid JSON.', { code: 'BAD_REQUEST' }));
    return;
  }
  res
    .status(err.status && err.status < 500 ? err.status : 500)
    .json(errorBody(req, 'The request could not be handled.', { code: 'BAD_REQUEST' }));
}
