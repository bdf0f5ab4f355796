/** Implementation of calibration: least squares and forecasts. Not API. */
package uk.ras.calibration.internal;
