/** What a link preview (Open Graph, Twitter card) says about a page beyond its title. */
export interface SocialCard {
  /** `article` for a case study or tour, `website` for everything else. */
  type?: 'website' | 'article';
  /** The card's text, when it should say more than the meta description. */
  description?: string | undefined;
  /** Up to two label/value pairs some previews show under the text (e.g. Region, Domain). */
  labels?: readonly (readonly [string, string])[];
  published?: string | undefined;
  modified?: string | undefined;
  authors?: readonly string[];
  section?: string | undefined;
  tags?: readonly string[];
}

/** Size of public/social.png, the default preview picture (the ratio previews expect). */
export const socialImage = { width: 1200, height: 630 } as const;
