/**
 * Procedural towns for sample drives: a layout planner (stretches, intersections, roundabouts from
 * a seed) and one builder per feature producing the truth map. No I/O.
 */
package dev.mapsmith.sampledrives.world.town;
