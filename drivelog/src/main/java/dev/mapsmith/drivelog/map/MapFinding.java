package dev.mapsmith.drivelog.map;

/**
 * One fault a structural check found in a Lanelet2 map ({@link MapCheck}).
 *
 * @param element the element as the file names it, e.g. {@code lanelet 42}, {@code way 7}
 * @param rule the rule it breaks, e.g. {@code left_of_right}
 * @param message what is wrong, naming the elements involved
 */
public record MapFinding(String element, String rule, String message) {

  @Override
  public String toString() {
    return element + ": " + message + " [" + rule + "]";
  }
}
