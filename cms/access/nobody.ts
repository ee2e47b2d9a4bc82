/**
 * For operations that only the system performs (through the Local API, which skips access).
 * Typed as plain `false` so that it serves as collection and as field access alike.
 */
export const nobody = (): false => false
