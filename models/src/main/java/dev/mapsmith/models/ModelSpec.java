package dev.mapsmith.models;

import com.google.gson.FieldNamingPolicy;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import dev.mapsmith.core.training.LaneClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code model.json} that sits beside a model's parameters: identity, architecture, the input
 * contract and the validation metrics it reached.
 *
 * @param format always {@code mapsmith-model}
 * @param id the model id recorded in provenance, e.g. {@code lane-unet-default}
 * @param version the model version recorded in provenance
 * @param architecture always {@code lane-unet}
 * @param baseFilters filters in the first UNet stage
 * @param depth UNet pooling stages
 * @param classes class keys in output order
 * @param channels input channel names in order
 * @param resolutionM metres per pixel of the training tiles
 * @param tileSize side of the training tiles in pixels
 * @param paramsName the DJL parameter file prefix in the model directory
 * @param intensityScale how the intensity channels were scaled in training ({@link
 *     IntensityScale#key()}; absent in files from before version 4: raw)
 * @param validation metrics on the validation split of the training set
 * @param training free-form facts about the run (dataset, epochs, time)
 */
public record ModelSpec(
    String format,
    String id,
    String version,
    String architecture,
    int baseFilters,
    int depth,
    List<String> classes,
    List<String> channels,
    double resolutionM,
    int tileSize,
    String paramsName,
    String intensityScale,
    SegmentationMetrics validation,
    Map<String, Object> training) {

  public static final String FILE = "model.json";
  public static final String FORMAT = "mapsmith-model";

  private static final Gson GSON =
      new GsonBuilder()
          .setFieldNamingPolicy(FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
          .setPrettyPrinting()
          .serializeSpecialFloatingPointValues()
          .create();

  /** Reads {@code dir/model.json}, with a clear message when it is missing or malformed. */
  public static ModelSpec read(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException("not a model directory: " + file + " is missing", e);
    }
    ModelSpec spec;
    try {
      spec = GSON.fromJson(text, ModelSpec.class);
    } catch (JsonParseException e) {
      throw new IOException(file + ": malformed JSON: " + e.getMessage(), e);
    }
    if (spec == null || !FORMAT.equals(spec.format())) {
      throw new IOException(file + ": \"format\" is not \"" + FORMAT + "\"");
    }
    if (!LaneClass.keys().equals(spec.classes()) || !ModelInput.CHANNELS.equals(spec.channels())) {
      throw new IOException(
          file + ": classes/channels " + spec.classes() + " " + spec.channels() + " unsupported");
    }
    if (spec.baseFilters() <= 0 || spec.depth() <= 0 || spec.paramsName() == null) {
      throw new IOException(file + ": base_filters, depth and params_name are required");
    }
    try {
      spec.scale();
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    return spec;
  }

  /** The intensity scale the model expects. */
  public IntensityScale scale() {
    return IntensityScale.of(intensityScale);
  }

  /** Writes {@code dir/model.json}. */
  public void write(Path dir) throws IOException {
    Files.writeString(dir.resolve(FILE), GSON.toJson(this) + "\n", StandardCharsets.UTF_8);
  }

  /** A copy with other validation metrics. */
  public ModelSpec withValidation(SegmentationMetrics metrics) {
    return new ModelSpec(
        format,
        id,
        version,
        architecture,
        baseFilters,
        depth,
        classes,
        channels,
        resolutionM,
        tileSize,
        paramsName,
        intensityScale,
        metrics,
        training);
  }
}
