package dev.mapsmith.sampledrives.kitti;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Drive time: a fixed start instant (no wall clock, so output is reproducible) plus seconds. */
public final class KittiTime {

  /** 2026-01-15 10:00:00 UTC. */
  public static final long START_NS =
      LocalDateTime.of(2026, 1, 15, 10, 0).toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L;

  public static final String DATE = "2026_01_15";

  private KittiTime() {}

  public static long ns(double seconds) {
    return START_NS + Math.round(seconds * 1e9);
  }

  /** {@code 2026-01-15 10:00:00.050000000}, as KITTI timestamp files write it. */
  public static String format(long epochNs) {
    Instant i =
        Instant.ofEpochSecond(
            Math.floorDiv(epochNs, 1_000_000_000L), Math.floorMod(epochNs, 1_000_000_000L));
    LocalDateTime t = LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    return String.format(
        java.util.Locale.ROOT,
        "%04d-%02d-%02d %02d:%02d:%02d.%09d",
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond(),
        t.getNano());
  }
}
