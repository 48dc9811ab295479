/**
 * Frames of reference (local ENU with a geodetic origin, named local frames), rigid transforms and
 * the one place that converts between frames. JDK and JOML only.
 */
package dev.mapsmith.core.frame;
