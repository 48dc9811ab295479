/**
 * The training-set contract: format, tile geometry, channels, classes, and the one writer and
 * reader of its files. JDK only (its small JSON is its own).
 */
package dev.mapsmith.core.training;
