/**
 * Funding streams: the pots that pay for need (council social care, Supporting People, NHS, and any a
 * council defines), the eligibility each requires, how each domain's need is attributed to them, the
 * pooled funds they contribute to, and the portfolio report that shows each stream's liability against its
 * contribution.
 */
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    defaults = @Value.Immutable(prehash = false))
package uk.ras.funding;

import org.immutables.value.Value;
