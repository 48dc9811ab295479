package dev.mapsmith.reconstruction.grid;

import java.util.Arrays;

/**
 * A dense block of the accumulated grid: mean normalised intensity, mean ground height and point
 * count per cell, row-major from (minX, minY); empty cells hold NaN.
 */
public final class DenseLayers {

  public final double minX;
  public final double minY;
  public final double resolution;
  public final int width;
  public final int height;
  public final float[] intensity;
  public final float[] z;
  public final int[] count;

  public DenseLayers(double minX, double minY, double resolution, int width, int height) {
    this.minX = minX;
    this.minY = minY;
    this.resolution = resolution;
    this.width = width;
    this.height = height;
    intensity = new float[width * height];
    z = new float[width * height];
    count = new int[width * height];
    Arrays.fill(intensity, Float.NaN);
    Arrays.fill(z, Float.NaN);
  }

  public double centerX(int col) {
    return minX + (col + 0.5) * resolution;
  }

  public double centerY(int row) {
    return minY + (row + 0.5) * resolution;
  }
}
