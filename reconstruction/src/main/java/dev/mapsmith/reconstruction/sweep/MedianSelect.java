package dev.mapsmith.reconstruction.sweep;

/**
 * The element a full sort would put at a given index, found without sorting (Hoare's selection,
 * linear on average): the order is {@link Double#compare}, the one {@code Arrays.sort(double[])}
 * uses, so the value is the one {@code Arrays.sort(a, 0, n); a[k]} gives, bit for bit.
 */
final class MedianSelect {

  private MedianSelect() {}

  /** The value at index {@code k} of {@code a[0..n)} once sorted; reorders {@code a[0..n)}. */
  static double kth(double[] a, int n, int k) {
    if (k < 0 || k >= n) {
      throw new IllegalArgumentException("index " + k + " outside 0.." + (n - 1));
    }
    int lo = 0, hi = n - 1;
    while (lo < hi) {
      double pivot = middleOfThree(a[lo], a[(lo + hi) >>> 1], a[hi]);
      int i = lo, j = hi;
      while (i <= j) {
        while (Double.compare(a[i], pivot) < 0) {
          i++;
        }
        while (Double.compare(a[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i++] = a[j];
          a[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static double middleOfThree(double x, double y, double z) {
    if (Double.compare(x, y) > 0) {
      double t = x;
      x = y;
      y = t;
    }
    if (Double.compare(y, z) > 0) {
      y = z;
    }
    return Double.compare(x, y) > 0 ? x : y;
  }
}
