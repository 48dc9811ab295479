package dev.mapsmith.drivelog.map.opendrive;

/** An element of an OpenDRIVE file that cannot be read: what it is and what is wrong with it. */
final class ElementFault extends Exception {

  ElementFault(String message) {
    super(message);
  }
}
