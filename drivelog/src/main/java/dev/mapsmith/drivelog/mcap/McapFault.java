package dev.mapsmith.drivelog.mcap;

/**
 * A structural fault inside an MCAP file at a byte offset of the file; turned into a {@link
 * dev.mapsmith.drivelog.DriveLogException} naming the file where it leaves the reader.
 */
final class McapFault extends RuntimeException {

  private final long offset;

  McapFault(long offset, String what) {
    super(what);
    this.offset = offset;
  }

  long offset() {
    return offset;
  }

  String where() {
    return "record at byte " + offset;
  }
}
