export declare const packageRoot: string;
export declare function analyze(): string;
