/** Types for buildStamp.mjs (plain JavaScript, because it runs before anything is compiled). */
export declare const SKIPPED_DIRS: ReadonlySet<string>;
export declare const STAMP_FILE: string;
/** SHA-256 (hex) over the relative path and content of every file under `inputs`, relative to `root`. */
export declare function hashInputs(root: string, inputs: readonly string[]): string;
/** The hash stored in `outDir` by the last successful build, or undefined when there is none. */
export declare function readStamp(outDir: string): string | undefined;
/** Records that `outDir` was built from inputs hashing to `hash`. */
export declare function writeStamp(outDir: string, hash: string): void;
