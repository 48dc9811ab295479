package dev.mapsmith.app.cli;

/** A command was called with arguments that make no sense together; exit code 2. */
public class UsageException extends RuntimeException {

  public UsageException(String message) {
    super(message);
  }
}
