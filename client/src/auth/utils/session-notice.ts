// UI-only state: whether the sign-in page should say that the previous session was lost.
let sessionEnded = false;
const listeners = new Set<() => void>();

export function setSessionEndedNotice(value: boolean): void {
  if (sessionEnded !== value) {
    sessionEnded = value;
    listeners.forEach(listener => listener());
  }
}

export function subscribeSessionEndedNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getSessionEndedNotice = (): boolean => sessionEnded;
