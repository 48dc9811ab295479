package dev.mapsmith.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code mapsmith} command. Subcommands are listed here once they work. */
@Command(
    name = "mapsmith",
    description = "Drive logs to corrected HD-map lane geometry and training data.",
    subcommands = {
      GuiCommand.class,
      DemoCommand.class,
      GenerateCommand.class,
      InfoCommand.class,
      CheckMapCommand.class,
      ReconstructCommand.class,
      BatchCommand.class,
      EvaluateCommand.class,
      ChangesCommand.class,
      ExportCommand.class,
      RenderCommand.class,
      TrainCommand.class,
      BuildModelCommand.class,
      BenchmarkCommand.class,
      CalibrateCommand.class
    },
    sortOptions = false)
public final class MapsmithCli implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  boolean help;

  @Option(names = "--version", description = "Print the version and exit.")
  boolean version;

  @Option(names = "--json", description = "Print one JSON object on stdout.")
  boolean json;

  @Override
  public Integer call() {
    if (version) {
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("version", VersionInfo.version());
      if (json) {
        JsonOutput.print(result);
      } else {
        System.out.println("mapsmith " + VersionInfo.version());
      }
      return ExitCodes.OK;
    }
    CommandLine.usage(this, System.err);
    return ExitCodes.USAGE;
  }

  /** Builds the command line with the house's exit codes and stream conventions. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new MapsmithCli());
    cli.setErr(new PrintWriter(System.err, true));
    cli.setExecutionStrategy(MapsmithCli::executeParsed);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println("mapsmith: " + e);
          return ExitCodes.FAILURE;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("mapsmith: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println("Try 'mapsmith --help' or 'mapsmith COMMAND --help'.");
          if (java.util.Arrays.asList(args).contains("--json")) {
            JsonOutput.print(Map.of("error", String.valueOf(e.getMessage())));
          }
          return ExitCodes.USAGE;
        });
    return cli;
  }

  /**
   * Runs what was parsed. Picocli lets arguments it does not know pass when help is asked for
   * ({@code mapsmith UNKNOWN --help}); that is a usage error here. Help with {@code --json} is one
   * JSON object, {@code {"usage": "..."}}.
   */
  private static int executeParsed(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult last = parsed;
    boolean json = parsed.hasMatchedOption("--json");
    boolean help = parsed.isUsageHelpRequested();
    while (last.hasSubcommand()) {
      last = last.subcommand();
      json |= last.hasMatchedOption("--json");
      help |= last.isUsageHelpRequested();
    }
    if (!last.unmatched().isEmpty()) {
      String message =
          (last.commandSpec().subcommands().isEmpty() ? "unknown argument '" : "unknown command '")
              + last.unmatched().get(0)
              + "'";
      PrintWriter err = last.commandSpec().commandLine().getErr();
      err.println("mapsmith: " + message);
      err.println("Try 'mapsmith --help' or 'mapsmith COMMAND --help'.");
      if (json) {
        JsonOutput.print(Map.of("error", message));
      }
      return ExitCodes.USAGE;
    }
    if (help && json) {
      JsonOutput.print(Map.of("usage", last.commandSpec().commandLine().getUsageMessage()));
      return ExitCodes.OK;
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  public static int run(String... args) {
    return commandLine().execute(args);
  }
}
