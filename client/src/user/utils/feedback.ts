/** The outcome of an action on the users list, shown above the table. */
export type Feedback = { tone: 'success' | 'danger'; message: string };
