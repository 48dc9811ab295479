package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Bootstrap;
import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.util.List;
import java.util.Locale;

/** The benchmark's figures as Markdown tables, for docs/BENCHMARKS.md to quote. */
public final class BenchmarkMarkdown {

  private BenchmarkMarkdown() {}

  public static String render(
      Suite suite, List<MethodFigures> figures, BenchmarkRunner.Results run, String command) {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "## Benchmark suite `%s`: %d worlds, %d drives per noise level%n%n",
            suite.name(),
            suite.worlds().size(),
            suite.drivesPerNoiseLevel()));
    md.append("Command: `").append(command).append("`; ");
    md.append(
        String.format(
            Locale.ROOT,
            "%.0f s in all (drives generated: %d, from the cache: %d). AP pooled over every drive of"
                + " the suite; [95 %% bootstrap interval over worlds].%n%n",
            run.seconds(),
            run.generated(),
            run.reused()));
    md.append(
        "| method | pose noise | mAP | divider | boundary | ped_crossing | stop_line | ECE |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (MethodFigures f : figures) {
      md.append("| ").append(f.method()).append(" | ").append(f.poseNoise()).append(" | **");
      md.append(num(f.pooled().mAP())).append("** ").append(ci(f.mAP()));
      for (MapClass c : Evaluation.SCORED_CLASSES) {
        md.append(" | ").append(num(f.pooled().score(c).mean())).append(' ');
        md.append(ci(f.classAp().get(c)));
      }
      md.append(" | ").append(num(f.calibration().ece())).append(" |\n");
    }
    md.append("\n### mAP per layout type (worlds with that layout)\n\n| method | pose noise |");
    SuiteWorld.LAYOUTS.forEach(l -> md.append(' ').append(l).append(" |"));
    md.append("\n|---|---|").append("---|".repeat(SuiteWorld.LAYOUTS.size())).append('\n');
    for (MethodFigures f : figures) {
      md.append("| ").append(f.method()).append(" | ").append(f.poseNoise()).append(" |");
      for (String l : SuiteWorld.LAYOUTS) {
        MethodFigures.LayoutFigure lf = f.layouts().get(l);
        md.append(' ')
            .append(lf.worlds() == 0 ? "–" : num(lf.mAP()) + " (" + lf.worlds() + ")")
            .append(" |");
      }
      md.append('\n');
    }
    laneGraph(md, figures);
    calibration(md, figures);
    worlds(md, figures);
    return md.toString();
  }

  private static void laneGraph(StringBuilder md, List<MethodFigures> figures) {
    md.append("\n### Lane graph (summed over every drive with a Lanelet2 truth map)\n\n");
    md.append(
        "| method | pose noise | lanelet F1 (P / R) | truth / predicted lanelets | successor-edge"
            + " F1 | neighbour-edge F1 | wrong side |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (MethodFigures f : figures) {
      var g = f.laneGraph();
      md.append("| ").append(f.method()).append(" | ").append(f.poseNoise()).append(" | **");
      md.append(num(g.lanelets().f1())).append("** (").append(num(g.lanelets().precision()));
      md.append(" / ").append(num(g.lanelets().recall())).append(") | ");
      md.append(g.lanelets().truth()).append(" / ").append(g.lanelets().predicted()).append(" | ");
      md.append(num(g.successors().f1())).append(" (").append(g.successors().truth());
      md.append(" edges) | ").append(num(g.neighbours().f1())).append(" (");
      md.append(g.neighbours().truth()).append(" edges) | ").append(g.wrongSide()).append(" |\n");
    }
  }

  private static void calibration(StringBuilder md, List<MethodFigures> figures) {
    md.append("\n### Calibration: fraction of detections matched within 1.0 m, per score bin\n\n");
    md.append("| score |");
    figures.forEach(
        f -> md.append(' ').append(f.method()).append(", ").append(f.poseNoise()).append(" |"));
    md.append("\n|---|").append("---|".repeat(figures.size())).append('\n');
    for (int b = 0; b < Calibration.DEFAULT_BINS; b++) {
      Calibration.Bin first = figures.get(0).calibration().bins().get(b);
      md.append(String.format(Locale.ROOT, "| %.1f–%.1f |", first.lower(), first.upper()));
      for (MethodFigures f : figures) {
        Calibration.Bin bin = f.calibration().bins().get(b);
        md.append(' ')
            .append(bin.count() == 0 ? "–" : num(bin.matched()) + " (" + bin.count() + ")")
            .append(" |");
      }
      md.append('\n');
    }
  }

  private static void worlds(StringBuilder md, List<MethodFigures> figures) {
    md.append("\n### mAP per world (pooled over its seeds)\n\n| world | layouts |");
    figures.forEach(
        f -> md.append(' ').append(f.method()).append(", ").append(f.poseNoise()).append(" |"));
    md.append("\n|---|---|").append("---|".repeat(figures.size())).append('\n');
    List<MethodFigures.WorldFigure> rows = figures.get(0).worlds();
    for (int i = 0; i < rows.size(); i++) {
      md.append("| ").append(rows.get(i).world()).append(" | ");
      md.append(String.join(", ", rows.get(i).layouts())).append(" |");
      for (MethodFigures f : figures) {
        md.append(' ').append(num(f.worlds().get(i).pooled().mAP())).append(" |");
      }
      md.append('\n');
    }
  }

  private static String num(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.3f", v);
  }

  private static String ci(Bootstrap.Interval i) {
    return Double.isNaN(i.low())
        ? ""
        : String.format(Locale.ROOT, "[%.2f, %.2f]", i.low(), i.high());
  }
}
