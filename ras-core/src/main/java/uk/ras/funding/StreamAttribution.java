package uk.ras.funding;

import uk.ras.ruleset.StreamId;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import uk.ras.ruleset.DomainId;

/**
 * Where one share of a domain's points went, and why: to the stream the rule names, to its {@code
 * otherwise} stream because the person is not eligible, or nowhere (unfunded). Immutable and thread-safe.
 *
 * @param domain not null
 * @param stream the stream the rule names first, not null
 * @param share the rule's percentage of the domain's points, not null
 * @param points the points of this share, not null
 * @param paidBy the stream that takes the points; empty when they are unfunded
 * @param reason the rule and the eligibility that decided it, in words; not null
 */
public record StreamAttribution(
    DomainId domain,
    StreamId stream,
    BigDecimal share,
    BigDecimal points,
    Optional<StreamId> paidBy,
    String reason) {
  public StreamAttribution {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(paidBy, "paidBy");
    Objects.requireNonNull(reason, "reason");
  }
}
