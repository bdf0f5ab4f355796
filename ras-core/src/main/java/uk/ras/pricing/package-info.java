/**
 * Points to weekly money: a price per point, a banding table or piecewise-linear interpolation, then the
 * contingency held back, the floor and the ceiling. {@link uk.ras.pricing.Pricing} documents the order.
 */
@ValueStyle
package uk.ras.pricing;

import uk.ras.internal.ValueStyle;
