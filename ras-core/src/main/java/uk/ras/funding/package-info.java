/**
 * Funding streams: the pots that pay for need (council social care, Supporting People, NHS, and any a
 * council defines), the eligibility each requires, how each domain's need is attributed to them, the
 * pooled funds they contribute to, and the portfolio report that shows each stream's liability against its
 * contribution.
 */
@ValueStyle
package uk.ras.funding;

import uk.ras.internal.ValueStyle;
