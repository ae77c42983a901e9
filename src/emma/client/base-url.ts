/** Emma's REST API, the spec's `servers` entry. */
export const emmaDefaultBaseUrl = "https://api.e2ma.net";
