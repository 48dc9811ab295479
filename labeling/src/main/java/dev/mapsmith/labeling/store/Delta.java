package dev.mapsmith.labeling.store;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.ReviewStamp;

/**
 * The change to one primitive row: {@code before} null means inserted, {@code after} null means
 * deleted. Stamps are the review who/when before and after (null where none).
 */
public record Delta(
    long id, Primitive before, Primitive after, ReviewStamp stampBefore, ReviewStamp stampAfter) {

  /** The change that undoes this one. */
  public Delta inverse() {
    return new Delta(id, after, before, stampAfter, stampBefore);
  }
}
