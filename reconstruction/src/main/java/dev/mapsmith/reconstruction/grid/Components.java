package dev.mapsmith.reconstruction.grid;

import java.util.ArrayList;
import java.util.List;

/** 8-connected components of a mask, each as the list of its cell indices. */
public final class Components {

  private Components() {}

  public static List<int[]> of(boolean[] mask, int width, int height, int minCells) {
    int[] label = new int[mask.length];
    int[] stack = new int[mask.length];
    List<int[]> out = new ArrayList<>();
    int next = 0;
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || label[start] != 0) {
        continue;
      }
      next++;
      int top = 0, size = 0;
      stack[top++] = start;
      label[start] = next;
      int[] cells = new int[16];
      while (top > 0) {
        int i = stack[--top];
        if (size == cells.length) {
          cells = java.util.Arrays.copyOf(cells, size * 2);
        }
        cells[size++] = i;
        int r = i / width, c = i % width;
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            int rr = r + dr, cc = c + dc;
            if (rr >= 0 && rr < height && cc >= 0 && cc < width) {
              int j = rr * width + cc;
              if (mask[j] && label[j] == 0) {
                label[j] = next;
                stack[top++] = j;
              }
            }
          }
        }
      }
      if (size >= minCells) {
        out.add(java.util.Arrays.copyOf(cells, size));
      }
    }
    return out;
  }
}
