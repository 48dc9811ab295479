package dev.mapsmith.app.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The data steps of {@code models/build-default-model.sh} (docs/models.md, "The default model"),
 * compiled with the app so that Maven, the formatter and the module rules see them:
 *
 * <pre>
 * java -cp APP_CLASSPATH dev.mapsmith.app.build.DefaultModelData truth-project OUT.mapsmith DRIVE...
 * java -cp APP_CLASSPATH dev.mapsmith.app.build.DefaultModelData merge OUT VAL_DRIVES SET...
 * </pre>
 *
 * See {@link TruthProject} and {@link TrainingSetMerge}. Not used by the app at run time.
 */
public final class DefaultModelData {

  private DefaultModelData() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println(
          "usage: DefaultModelData truth-project OUT.mapsmith DRIVE... | merge OUT VAL_DRIVES SET...");
      System.exit(2);
    }
    List<String> rest = List.of(args).subList(2, args.length);
    switch (args[0]) {
      case "truth-project" -> System.out.println(TruthProject.write(Path.of(args[1]), rest));
      case "merge" ->
          System.out.println(
              TrainingSetMerge.merge(
                  Path.of(args[1]),
                  Set.of(args[2].split(",")),
                  rest.subList(1, rest.size()).stream().map(Path::of).toList()));
      default -> {
        System.err.println("unknown step " + args[0] + "; use truth-project or merge");
        System.exit(2);
      }
    }
  }
}
