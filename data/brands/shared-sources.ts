/** Sources that back facts of several brands. */

/**
 * A 2022 README listing the sign-in addresses of Japanese banks, couriers and the three big carriers (docomo,
 * SoftBank, au), written for a phishing-awareness extension built on the JPCERT/CC phishing URL list. A person's
 * repository, so data/publishers.ts counts it as a blog and the sign-in paths taken from it alone are low.
 */
export const SIGN_IN_URL_LIST = 'https://github.com/jinkaiNitamago2022/subliminal-certinfo';
