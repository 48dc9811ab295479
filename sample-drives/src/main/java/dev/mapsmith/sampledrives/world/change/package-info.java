/**
 * Changed worlds: a world's truth map edited by N seeded changes (lines removed, added, moved,
 * repainted; crosswalks and stop lines added or removed; a bike lane added, a lane closed, a road
 * boundary moved), placed where the drive sees them or where it does not, with the list of changes
 * as their truth. No I/O.
 */
package dev.mapsmith.sampledrives.world.change;
