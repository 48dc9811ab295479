package dev.mapsmith.drivelog.mcap;

/** MCAP record opcodes (the first byte of every record). */
final class McapOpcode {

  static final int HEADER = 1;
  static final int FOOTER = 2;
  static final int SCHEMA = 3;
  static final int CHANNEL = 4;
  static final int MESSAGE = 5;
  static final int CHUNK = 6;
  static final int MESSAGE_INDEX = 7;
  static final int CHUNK_INDEX = 8;
  static final int STATISTICS = 11;
  static final int DATA_END = 15;

  /** The 8-byte magic at both ends of a file: 0x89 M C A P 0 \r \n. */
  static final byte[] MAGIC = {(byte) 0x89, 'M', 'C', 'A', 'P', '0', '\r', '\n'};

  /** Whether {@code b[at..at+8)} is the magic. */
  static boolean magicAt(byte[] b, int at) {
    return java.util.Arrays.equals(b, at, at + 8, MAGIC, 0, 8);
  }

  private McapOpcode() {}
}
