package dev.mapsmith.sampledrives;

import java.util.Arrays;
import java.util.Locale;

/**
 * How much error the OXTS (GNSS/IMU) records carry: GNSS random walk per 0.1 s step and white noise
 * (m), heading drift per step (rad), accelerometer (m/s²) and gyro (rad/s) noise, and the
 * satellites and accuracy the records report.
 */
public enum PoseNoise {
  NONE(0, 0, 0, 0, 0, 12, 0.02),
  TYPICAL(0.015, 0.03, 0.0003, 0.05, 0.002, 9, 0.3),
  POOR(0.08, 0.25, 0.002, 0.2, 0.01, 5, 2.0);

  final double walkM;
  final double whiteM;
  final double headingDriftRad;
  final double accelSigma;
  final double gyroSigma;
  final int satellites;
  final double accuracyM;

  PoseNoise(
      double walk, double white, double drift, double acc, double gyro, int sats, double accM) {
    this.walkM = walk;
    this.whiteM = white;
    this.headingDriftRad = drift;
    this.accelSigma = acc;
    this.gyroSigma = gyro;
    this.satellites = sats;
    this.accuracyM = accM;
  }

  /** The position accuracy (m) the records report; traversals draw their GNSS bias from it. */
  public double accuracyM() {
    return accuracyM;
  }

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PoseNoise fromKey(String key) {
    for (PoseNoise p : values()) {
      if (p.key().equals(key)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown pose noise '"
            + key
            + "'; known: "
            + String.join(", ", Arrays.stream(values()).map(PoseNoise::key).toList()));
  }
}
