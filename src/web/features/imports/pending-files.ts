/**
 * The file of each import started in this tab, so changing the column mapping can send it again without asking
 * for it (the server keeps the file but offers no way to re-analyse it with another mapping).
 */
const files = new Map<string, File>();

export const rememberFile = (importId: string, file: File) => files.set(importId, file);
export const fileOf = (importId: string): File | undefined => files.get(importId);
