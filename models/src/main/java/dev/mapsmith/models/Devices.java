package dev.mapsmith.models;

import ai.djl.Device;
import ai.djl.engine.Engine;

/** Turns {@code auto}, {@code cpu} or {@code gpu} into a DJL device. */
final class Devices {

  private Devices() {}

  static Device pick(String name) {
    Engine engine = Engine.getInstance();
    return switch (name) {
      case "cpu" -> Device.cpu();
      case "gpu" -> {
        if (engine.getGpuCount() == 0) {
          throw new IllegalArgumentException(
              "--device gpu: the PyTorch engine sees no GPU (CPU libtorch is loaded); "
                  + "see docs/models.md for PYTORCH_LIBRARY_PATH and PYTORCH_FLAVOR=cu128");
        }
        yield Device.gpu();
      }
      default -> engine.defaultDevice();
    };
  }
}
