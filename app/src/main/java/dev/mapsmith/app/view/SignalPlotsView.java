package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.SignalPlotsViewModel;
import dev.mapsmith.app.viewmodel.SignalPlotsViewModel.Plot;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * Signal plots over the drive's time (one strip per signal), the playhead, and red ticks where
 * frames were skipped. Click to jump there. Drawn on demand.
 */
final class SignalPlotsView extends Pane {

  private static final Color[] COLORS = {
    Color.web("#4fc3f7"),
    Color.web("#ffb74d"),
    Color.web("#81c784"),
    Color.web("#e57373"),
    Color.web("#ba68c8")
  };
  private final SignalPlotsViewModel vm;
  private final Canvas canvas = new Canvas();

  SignalPlotsView(SignalPlotsViewModel vm) {
    this.vm = vm;
    setId("signal-plots");
    getStyleClass().add("signal-plots");
    setMinHeight(0);
    setPrefHeight(110);
    getChildren().add(canvas);
    canvas.widthProperty().bind(widthProperty());
    canvas.heightProperty().bind(heightProperty());
    Observable[] triggers = {
      canvas.widthProperty(),
      canvas.heightProperty(),
      vm.plots(),
      vm.skippedAt(),
      vm.timeline().frameProperty()
    };
    for (Observable o : triggers) {
      o.addListener(x -> redraw());
    }
    setOnMouseClicked(e -> vm.jumpTo(e.getX() / Math.max(1, getWidth())));
  }

  private void redraw() {
    GraphicsContext g = canvas.getGraphicsContext2D();
    double w = canvas.getWidth(), h = canvas.getHeight();
    g.setFill(Color.web("#16181c"));
    g.fillRect(0, 0, w, h);
    g.setFont(Font.font(10));
    if (vm.plots().isEmpty()) {
      g.setFill(Color.web("#8a93a0"));
      g.fillText("no vehicle signals in this drive", 8, 14);
    }
    int n = vm.plots().size();
    double strip = n == 0 ? h : h / n;
    for (int k = 0; k < n; k++) {
      drawPlot(g, vm.plots().get(k), COLORS[k % COLORS.length], k * strip, strip, w);
    }
    g.setStroke(Color.web("#ef5350"));
    for (double f : vm.skippedAt()) {
      g.strokeLine(f * w, h - 8, f * w, h);
    }
    if (vm.timeline().frameCountProperty().get() > 0) {
      double x = vm.fractionOf(vm.timeline().timeNs()) * w;
      g.setStroke(Color.web("#ffd54f"));
      g.strokeLine(x, 0, x, h);
    }
  }

  private void drawPlot(GraphicsContext g, Plot p, Color c, double top, double height, double w) {
    double span = Math.max(1e-9, p.max() - p.min());
    g.setStroke(Color.web("#23262c"));
    g.strokeLine(0, top + height - 0.5, w, top + height - 0.5);
    g.setStroke(c);
    g.setLineWidth(1);
    g.beginPath();
    int step = Math.max(1, p.values().length / Math.max(1, (int) w));
    for (int i = 0; i < p.values().length; i += step) {
      double x = vm.fractionOf(p.timesNs()[i]) * w;
      double y = top + height - 3 - (p.values()[i] - p.min()) / span * (height - 6);
      if (i == 0) {
        g.moveTo(x, y);
      } else {
        g.lineTo(x, y);
      }
    }
    g.stroke();
    g.setFill(c);
    String now =
        vm.timeline().frameCountProperty().get() > 0
            ? String.format("%.1f", p.valueAt(vm.timeline().timeNs()))
            : "";
    g.fillText(
        String.format("%s %s %s  [%.1f .. %.1f]", p.label(), now, p.unit(), p.min(), p.max()),
        6,
        top + 11);
  }
}
