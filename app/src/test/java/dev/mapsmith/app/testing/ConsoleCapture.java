package dev.mapsmith.app.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures {@code System.out} and {@code System.err} around each test, for command-line tests:
 * {@code @RegisterExtension final ConsoleCapture console = new ConsoleCapture();}
 */
public final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  /** What was printed on stdout so far. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What was printed on stderr so far. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what stdout captured so far (between two commands of one test). */
  public void resetOut() {
    out.reset();
  }
}
