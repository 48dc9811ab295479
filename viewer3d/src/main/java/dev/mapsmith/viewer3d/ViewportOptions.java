package dev.mapsmith.viewer3d;

/**
 * How a viewport starts.
 *
 * @param pointBudget most cloud points drawn per frame at rest; 0 chooses by renderer (software GL
 *     gets {@link #SOFTWARE_BUDGET}, a GPU {@link #GPU_BUDGET})
 * @param debugContext ask for a debug GL context (more error detail, slower on some drivers)
 */
public record ViewportOptions(long pointBudget, boolean debugContext) {

  public static final long SOFTWARE_BUDGET = 500_000;
  public static final long GPU_BUDGET = 20_000_000;
  public static final ViewportOptions DEFAULTS = new ViewportOptions(0, false);

  public ViewportOptions {
    if (pointBudget < 0) {
      throw new IllegalArgumentException("negative point budget " + pointBudget);
    }
  }

  public ViewportOptions withPointBudget(long budget) {
    return new ViewportOptions(budget, debugContext);
  }

  public ViewportOptions withDebugContext(boolean debug) {
    return new ViewportOptions(pointBudget, debug);
  }
}
