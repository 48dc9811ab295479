package dev.mapsmith.app.cli;

import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * Base of every subcommand. The subclass does its work in {@link #execute} and returns its result
 * as an ordered map; with {@code --json} that map is printed as one JSON object on stdout, else as
 * {@code key: value} lines. Failures print a message on stderr (and {@code {"error": ...}} with
 * {@code --json}) and exit 1; usage errors exit 2; Ctrl+C cancels long work.
 */
public abstract class JsonCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  protected boolean json;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  /** Does the work; reports to {@code progress} and stops when it is cancelled. */
  protected abstract Map<String, Object> execute(ProgressMonitor progress) throws Exception;

  /** The name shown in messages, e.g. {@code generate}. */
  protected abstract String name();

  @Override
  public final Integer call() {
    Map<String, Object> result;
    try (CliProgress progress = CliProgress.start(name(), !json)) {
      result = execute(progress);
    } catch (UsageException e) {
      return fail(e.getMessage(), ExitCodes.USAGE);
    } catch (CancelledException e) {
      return fail("cancelled; nothing was written", ExitCodes.FAILURE);
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      return fail(message, ExitCodes.FAILURE);
    }
    if (json) {
      JsonOutput.print(result);
    } else {
      result.forEach((k, v) -> System.out.println(k + ": " + v));
    }
    return exitCode(result);
  }

  /**
   * The exit status after a result was printed: {@link ExitCodes#OK} unless a command says the
   * result is a failure (a check that found faults, say).
   */
  protected int exitCode(Map<String, Object> result) {
    return ExitCodes.OK;
  }

  private int fail(String message, int code) {
    System.err.println("mapsmith " + name() + ": " + message);
    if (json) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("error", message);
      JsonOutput.print(error);
    }
    return code;
  }
}
