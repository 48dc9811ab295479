package dev.mapsmith.drivelog.mcap.ros2;

/** A CDR message that does not decode as its type: the fault and the offset in the message. */
public final class CdrException extends RuntimeException {

  public CdrException(String what, int offset) {
    super(what + " (CDR offset " + offset + ")");
  }
}
