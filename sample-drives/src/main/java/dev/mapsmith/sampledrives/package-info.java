/**
 * The sensor simulator's entry: generate sample drives (KITTI layout) with their ground-truth maps,
 * and the demo drive. Uses drivelog's formats, never the app.
 */
package dev.mapsmith.sampledrives;
