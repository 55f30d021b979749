/** One measurement: a value, or why there is none. Never a hang: every wait ends in one of these. */
export type Outcome =
  | { status: 'ok'; value: number }
  | { status: 'timeout'; limitS: number; what: string }
  | { status: 'failed'; message: string }
  | { status: 'skipped'; reason: string };

export class TimeoutError extends Error {
  constructor(
    readonly what: string,
    readonly limitS: number,
  ) {
    super(`${what} did not finish within ${limitS} s`);
  }
}

/** Rejects with a TimeoutError after `limitS`; the promise itself is left to settle or not. */
export async function withTimeout<T>(promise: Promise<T>, limitS: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(what, limitS)), limitS * 1000);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function outcomeOfError(error: unknown): Outcome {
  if (error instanceof TimeoutError) return { status: 'timeout', limitS: error.limitS, what: error.what };
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  return { status: 'failed', message };
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.status) {
    case 'ok':
      return String(outcome.value);
    case 'timeout':
      return `did not finish within ${outcome.limitS} s (${outcome.what})`;
    case 'failed':
      return `failed: ${outcome.message}`;
    case 'skipped':
      return `skipped: ${outcome.reason}`;
  }
}
