package dev.mapsmith.core.frame;

/** A local metric frame known only by name, such as an Argoverse 2 city frame. */
public record NamedLocalFrame(String name) implements FrameOfReference {

  public NamedLocalFrame {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a local frame needs a name");
    }
  }

  @Override
  public String describe() {
    return "local(" + name + ")";
  }
}
