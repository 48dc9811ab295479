package dev.mapsmith.core.task;

/** Thrown by long work that stopped because the user cancelled it. Nothing half-done is kept. */
public class CancelledException extends RuntimeException {

  public CancelledException() {
    super("cancelled by the user");
  }
}
