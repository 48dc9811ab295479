package dev.mapsmith.drivelog.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Writes a large binary PCD map for the streaming benchmark of issue 17 (a main, not a test; run by
 * {@code bench/big-pcd}): {@code BigPcd OUT.pcd GIB [SIDE]}. The points (x y z intensity, float32,
 * 16 bytes) lie uniformly over a square of SIDE metres (default 400) around the origin: a straight
 * road along y, 14 m wide, with solid edge lines at x = ±5.25 m and dashed lines (3 m on, 6 m off)
 * at x = ±1.75 m (paint 15 cm wide, intensity 0.6 against 0.1), and 15 cm kerbs up to a sidewalk
 * (intensity 0.2) beyond |x| = 7 m. Deterministic (a fixed seed); nothing is kept in memory but one
 * 16 MiB buffer.
 */
public final class BigPcd {

  private BigPcd() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BigPcd OUT.pcd GIB [SIDE_M]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long points = (long) (Double.parseDouble(args[1]) * (1L << 30) / 16);
    double side = args.length > 2 ? Double.parseDouble(args[2]) : 400;
    if (points < 1 || points > Integer.MAX_VALUE) {
      System.err.println("points must be 1.." + Integer.MAX_VALUE + ": " + points);
      System.exit(2);
    }
    long t0 = System.nanoTime();
    write(out, (int) points, side);
    System.out.printf(
        Locale.ROOT,
        "{\"file\":\"%s\",\"points\":%d,\"bytes\":%d,\"side_m\":%.1f,\"seconds\":%.1f}%n",
        out,
        points,
        out.toFile().length(),
        side,
        (System.nanoTime() - t0) / 1e9);
  }

  static void write(Path out, int n, double side) throws IOException {
    String header =
        "# .PCD v0.7 - written by Mapsmith's BigPcd benchmark\nVERSION 0.7\n"
            + "FIELDS x y z intensity\nSIZE 4 4 4 4\nTYPE F F F F\nCOUNT 1 1 1 1\nWIDTH "
            + n
            + "\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
            + n
            + "\nDATA binary\n";
    ByteBuffer buf = ByteBuffer.allocateDirect(16 << 20).order(ByteOrder.LITTLE_ENDIAN);
    long state = 0x9E3779B97F4A7C15L;
    try (FileChannel ch =
        FileChannel.open(
            out,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      buf.put(header.getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < n; i++) {
        if (buf.remaining() < 16) {
          drain(ch, buf);
        }
        state = next(state);
        double x = ((state >>> 11) * 0x1.0p-53 - 0.5) * side;
        state = next(state);
        double y = ((state >>> 11) * 0x1.0p-53 - 0.5) * side;
        state = next(state);
        double noise = ((state >>> 11) * 0x1.0p-53 - 0.5) * 0.02;
        double ax = Math.abs(x);
        boolean paint =
            Math.abs(ax - 5.25) < 0.075
                || (Math.abs(ax - 1.75) < 0.075 && Math.floorMod((long) Math.floor(y), 9) < 3);
        float z = (float) ((ax > 7 ? 0.15 : 0) + noise);
        float in = (float) ((paint ? 0.6 : ax > 7 ? 0.2 : 0.1) + noise);
        buf.putFloat((float) x).putFloat((float) y).putFloat(z).putFloat(in);
      }
      drain(ch, buf);
    }
  }

  private static long next(long s) {
    s ^= s << 13;
    s ^= s >>> 7;
    return s ^ (s << 17);
  }

  private static void drain(FileChannel ch, ByteBuffer buf) throws IOException {
    buf.flip();
    while (buf.hasRemaining()) {
      ch.write(buf);
    }
    buf.clear();
  }
}
