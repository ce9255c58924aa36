export declare function elementsOf(manifest: unknown): Array<{ tag: string; className: string }>;
export declare function frameworkFiles(manifestText?: string): Record<string, string>;
