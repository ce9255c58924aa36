// The size baseline for bench/delivery.ts: what a page downloads to send statements with @xapi/xapi's client.
import XAPI from '@xapi/xapi';

export const sendWithXapiJs = (endpoint: string, statements: unknown[]) => new XAPI({ endpoint }).sendStatements({ statements: statements as never });
