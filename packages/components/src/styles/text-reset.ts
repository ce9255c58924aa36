import { css } from 'lit';

/**
 * Text properties a page sets on its body (letter spacing, uppercase, alignment …) would otherwise
 * inherit into an element's shadow tree: every element's host resets them.
 */
export const textReset = css`
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  letter-spacing: normal;
  word-spacing: normal;
  text-transform: none;
  text-align: start;
  text-indent: 0;
  text-shadow: none;
  white-space: normal;
`;
