package dev.mapsmith.core.frame;

/** Thrown when data in two frames of reference would be combined without a known conversion. */
public class FrameMismatchException extends RuntimeException {

  public FrameMismatchException(FrameOfReference a, FrameOfReference b) {
    super(
        "frames of reference differ and cannot be converted: "
            + a.describe()
            + " vs "
            + b.describe());
  }
}
