import type { Access } from 'payload'

/** For operations that only the system performs (through the Local API, which skips access). */
export const nobody: Access = () => false
