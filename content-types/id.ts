/** A document id: a number in SQLite and PostgreSQL, a string in MongoDB. */
export type Id = number | string
