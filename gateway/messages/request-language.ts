import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { languageOf, type Language } from './language';
import { localize } from './localize';

const current = new AsyncLocalStorage<Language>();

/**
 * Runs the rest of the request in the language its `Accept-Language` asks for, so that Apollo's `formatError`
 * (which is given no request) writes messages in it. Mounted right before Apollo's middleware: the body parser
 * before it resumes requests from the socket's events, outside any store set earlier.
 */
export function requestLanguage(req: Request, _res: Response, next: NextFunction) {
  current.run(languageOf(req.header('accept-language')), next);
}

/** Runs `work` with its errors written in `language`, whatever the request asked for. */
export function inLanguage<T>(language: Language, work: () => Promise<T>): Promise<T> {
  return current.run(language, work);
}

/** The language of the request being answered; Chinese outside one (a page the gateway renders itself). */
export const currentLanguage = (): Language => current.getStore() ?? 'zh';

/** An error body answered before GraphQL runs (rate limit, refused document, bad JSON), in the request's language. */
export const errorBody = (req: Request, message: string, extensions: Record<string, unknown>) => ({
  errors: [{ message: localize(message, languageOf(req.header('accept-language'))), extensions }],
});
