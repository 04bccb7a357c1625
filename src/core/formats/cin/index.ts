export type { ByteSource } from './byte-source.ts';
export type { CinReadOptions, CinReadResult } from './read-cin.ts';
export { readCin, readCinCensus } from './read-cin.ts';
export type { CinCensusToWrite } from './write-cin.ts';
export { writeCin } from './write-cin.ts';
export { cinSchema, firstCinYear, lastCinYear } from './cin-schema.ts';
