package dev.mapsmith.models;

/**
 * One training sample: {@code channels} planes of {@code size x size} raw values (row 0
 * northern-most) and a class index per pixel.
 */
public record TrainingTile(String id, float[] chw, byte[] mask, int channels, int size) {

  public TrainingTile {
    if (chw.length != channels * size * size || mask.length != size * size) {
      throw new IllegalArgumentException("tile " + id + " has inconsistent sizes");
    }
  }
}
