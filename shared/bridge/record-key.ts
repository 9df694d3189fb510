/**
 * The session a ledger key belongs to: `session:<id>`, `attendance-table:<id>` and
 * `attendance:<sessionId>:<memberId>` (see shared/fill/fill-record.ts). The app uses it to keep
 * only results about its own sessions and to show them on the session.
 */
export function sessionOfRecordKey(recordKey: string): string | null {
  const [kind, sessionId, memberId, ...rest] = recordKey.split(':');
  if (sessionId === undefined || sessionId === '' || rest.length > 0) return null;
  if ((kind === 'session' || kind === 'attendance-table') && memberId === undefined) return sessionId;
  if (kind === 'attendance' && memberId !== undefined && memberId !== '') return sessionId;
  return null;
}
