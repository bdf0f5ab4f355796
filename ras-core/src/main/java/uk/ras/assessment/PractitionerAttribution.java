package uk.ras.assessment;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import uk.ras.ruleset.StreamId;

/**
 * A practitioner's decision of who pays for one domain's need of one person: a whole stream, or shares
 * of several in percent that add up to exactly 100. In the block-contract story practitioners decided,
 * person by person and following written guidance, whether a domain's need was social care,
 * housing-related support, or both; this records that decision on the assessment. The rule set says
 * which streams a practitioner may choose among for each domain; a calculator refuses an assessment whose
 * decision names another stream, or a stream the person is not eligible for.
 *
 * <p>Immutable and thread-safe.
 */
public final class PractitionerAttribution {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Percent per stream, in the order given; adds up to exactly 100. */
  private final Map<StreamId, BigDecimal> shares;

  private PractitionerAttribution(Map<StreamId, BigDecimal> shares) {
    this.shares = shares;
  }

  /**
   * {@return all of the domain's need to one stream; never null}
   *
   * @param stream not null
   */
  public static PractitionerAttribution whole(StreamId stream) {
    return new PractitionerAttribution(Map.of(Objects.requireNonNull(stream, "stream"), HUNDRED));
  }

  /**
   * The domain's need shared among streams.
   *
   * @param percentByStream each stream's percentage of the domain's points, more than 0 and at most 100,
   *     adding up to exactly 100; not null, not empty, no null keys or values; copied, order kept
   * @return the attribution, never null
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a share is not more than 0 and at most 100, or the shares do not
   *     add up to exactly 100
   */
  public static PractitionerAttribution shares(Map<StreamId, BigDecimal> percentByStream) {
    Objects.requireNonNull(percentByStream, "percentByStream");
    Map<StreamId, BigDecimal> copy = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<StreamId, BigDecimal> e : percentByStream.entrySet()) {
      StreamId stream = Objects.requireNonNull(e.getKey(), "stream");
      BigDecimal share = Objects.requireNonNull(e.getValue(), "share of " + stream);
      if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            "the share of '" + stream + "' is " + share.toPlainString() + "%; expected more than 0 and at most 100");
      }
      copy.put(stream, share);
      sum = sum.add(share);
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException(
          "the shares add up to " + sum.stripTrailingZeros().toPlainString() + "%; expected exactly 100%");
    }
    return new PractitionerAttribution(Collections.unmodifiableMap(copy));
  }

  /** {@return each stream's percentage of the domain's points, in the order given; never null or empty} */
  public Map<StreamId, BigDecimal> shares() {
    return shares;
  }

  /** {@return whether all of the need goes to one stream} */
  public boolean isWhole() {
    return shares.size() == 1;
  }

  /** {@return the decision in words: "social_care", or "social_care 60%, supporting_people 40%"; never null} */
  public String describe() {
    if (isWhole()) {
      return shares.keySet().iterator().next().value();
    }
    return shares.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue().stripTrailingZeros().toPlainString() + "%")
        .collect(Collectors.joining(", "));
  }

  /** Equal when the same streams have numerically equal shares, in any order. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PractitionerAttribution)) {
      return false;
    }
    Map<StreamId, BigDecimal> other = ((PractitionerAttribution) o).shares;
    if (!shares.keySet().equals(other.keySet())) {
      return false;
    }
    for (Map.Entry<StreamId, BigDecimal> e : shares.entrySet()) {
      if (e.getValue().compareTo(other.get(e.getKey())) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return shares.keySet().hashCode();
  }

  @Override
  public String toString() {
    return describe();
  }
}
