package dev.mapsmith.models;

/** Keeps the best validation score and says when {@code patience} epochs brought nothing better. */
final class EarlyStopping {

  private final int patience;
  private double best = Double.NEGATIVE_INFINITY;
  private int bestEpoch;

  EarlyStopping(int patience) {
    this.patience = patience;
  }

  /** Records an epoch's score; true when it is the best so far (save a checkpoint). */
  boolean improved(int epoch, double score) {
    if (score > best) {
      best = score;
      bestEpoch = epoch;
      return true;
    }
    return false;
  }

  /** True when the last {@code patience} epochs were no better than the best. */
  boolean shouldStop(int epoch) {
    return epoch - bestEpoch >= patience;
  }

  int bestEpoch() {
    return bestEpoch;
  }
}
