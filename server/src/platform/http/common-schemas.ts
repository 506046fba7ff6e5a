import { Type } from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      messages: Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }),
      requestId: Type.String(),
      fields: Type.Optional(
        Type.Array(Type.Object({ path: Type.String(), code: Type.String(), message: Type.String(), messages: Type.Object({ 'zh-CN': Type.String(), 'en-US': Type.String() }) })),
      ),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { $id: 'ErrorResponse', description: 'Every 4xx/5xx answer. `code` is stable; branch on it, never on the message.' },
);

/** Standard error responses added to every route's schema. */
export const errorResponses = {
  400: Type.Ref('ErrorResponse'),
  401: Type.Ref('ErrorResponse'),
  403: Type.Ref('ErrorResponse'),
  404: Type.Ref('ErrorResponse'),
  409: Type.Ref('ErrorResponse'),
} as const;

export const Uuid = Type.String({ format: 'uuid' });
export const IdParams = Type.Object({ id: Uuid });
export const NoContent = Type.Null({ description: 'No content' });
export const DateTime = Type.String({ format: 'date-time' });
