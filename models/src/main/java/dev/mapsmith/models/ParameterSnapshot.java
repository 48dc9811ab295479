package dev.mapsmith.models;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A block's parameters (weights and batch-norm statistics) kept in memory, so that a training run
 * whose weights went bad can go back to the last good epoch without touching the disk.
 */
final class ParameterSnapshot {

  private final byte[] bytes;

  private ParameterSnapshot(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The parameters of {@code block} as they are now. */
  static ParameterSnapshot of(Block block) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(buffer)) {
      block.saveParameters(out);
    }
    return new ParameterSnapshot(buffer.toByteArray());
  }

  /** Puts the kept parameters back into {@code block}; new arrays are made on {@code manager}. */
  void restore(Block block, NDManager manager) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      block.loadParameters(manager, in);
    } catch (MalformedModelException e) {
      throw new IOException("could not restore the saved weights: " + e.getMessage(), e);
    }
  }

  /** Whether every parameter of {@code block} is finite (no NaN, no infinity). */
  static boolean allFinite(Block block) {
    for (Pair<String, Parameter> p : block.getParameters()) {
      NDArray a = p.getValue().getArray();
      if (a.isNaN().any().getBoolean() || a.isInfinite().any().getBoolean()) {
        return false;
      }
    }
    return true;
  }
}
