/**
 * Calibrated confidence (issue 15, decision 0190): a fitted, monotone map per method and class from
 * a primitive's raw confidence to the probability that it matches a truth element within 1.0 m,
 * fitted on development-suite drives only ({@code mapsmith calibrate}) and shipped as a versioned
 * resource.
 */
package dev.mapsmith.reconstruction.confidence;
