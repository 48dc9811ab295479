/**
 * Generated worlds (straight, suburb, highway, from a map): road paths, cross-sections and their
 * ground-truth lanes. No I/O.
 */
package dev.mapsmith.sampledrives.world;
