/** A problem with how the tool was called or what it was given to read: exit status 2. */
export class UsageError extends Error {}
