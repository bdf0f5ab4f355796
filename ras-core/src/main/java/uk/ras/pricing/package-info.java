/**
 * Points to weekly money: a price per point, a banding table or piecewise-linear interpolation, then the
 * contingency held back, the floor and the ceiling. {@link uk.ras.pricing.Pricing} documents the order.
 */
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    allowedClasspathAnnotations = {Override.class},
    jdkOnly = true,
    defaults = @Value.Immutable(prehash = false))
package uk.ras.pricing;

import org.immutables.value.Value;
