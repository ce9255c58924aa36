export declare function privateNames(): string[];
