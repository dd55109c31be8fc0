/** `%text%` for ILIKE with the wildcards escaped: a search for "50%" means the text, not a pattern. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, c => `\\${c}`)}%`;
