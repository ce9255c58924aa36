export declare function componentsMarkdown(manifestText: string): string;
export declare const docsPath: string;
