package dev.mapsmith.viewer3d.render;

import java.util.Arrays;

/** A growable array of vertex floats; ints are stored by their bits. */
final class VertexData {

  private float[] data = new float[1024];
  private int size;

  VertexData put(float v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[size++] = v;
    return this;
  }

  VertexData put(double x, double y, double z) {
    return put((float) x).put((float) y).put((float) z);
  }

  VertexData putRgb(int rgb) {
    return put(((rgb >> 16) & 255) / 255f).put(((rgb >> 8) & 255) / 255f).put((rgb & 255) / 255f);
  }

  VertexData putInt(int v) {
    return put(Float.intBitsToFloat(v));
  }

  int floats() {
    return size;
  }

  float[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
