package dev.mapsmith.models;

/**
 * One training sample: {@code channels} planes of {@code size x size} raw values (row 0
 * northern-most), a class index per pixel, and the ground intensity level its intensities are
 * scaled against ({@link IntensityScale}). A crop keeps the level of the whole tile it was cut
 * from, so that the network sees during training what it sees at inference, where a 256-px tile is
 * scaled as a whole; NaN means "measure it on this sample".
 */
public record TrainingTile(
    String id, float[] chw, byte[] mask, int channels, int size, float groundLevel) {

  public TrainingTile {
    if (chw.length != channels * size * size || mask.length != size * size) {
      throw new IllegalArgumentException("tile " + id + " has inconsistent sizes");
    }
  }

  /** A sample whose ground level is measured on itself. */
  public TrainingTile(String id, float[] chw, byte[] mask, int channels, int size) {
    this(id, chw, mask, channels, size, Float.NaN);
  }

  /** This sample's ground level: the recorded one, else measured on its own cells. */
  public float resolvedGroundLevel() {
    return Float.isNaN(groundLevel)
        ? IntensityScale.groundLevel(chw, channels, size, size)
        : groundLevel;
  }
}
