/** The simulated scene the sensors see: road surface, paint, curbs and surroundings. No I/O. */
package dev.mapsmith.sampledrives.scene;
