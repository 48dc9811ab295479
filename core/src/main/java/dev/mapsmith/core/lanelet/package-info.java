/**
 * The lane graph: line strings, lanelets (a left and a right bound, a direction, attributes), their
 * relations (successor, neighbours with lane change, conflicting) and regulatory elements (stop
 * lines, crosswalks). Values and free geometric functions only; no I/O, JDK and core only.
 */
package dev.mapsmith.core.lanelet;
