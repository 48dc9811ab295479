package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LidarTile;
import dev.mapsmith.app.viewmodel.LidarViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.geom.Bounds2;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.Observable;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The top view's lowest layer: the active drive's lidar tiles in the chosen channel, grey levels
 * cell by cell (no smoothing, so a cell stays a cell), and the layer's note; and the hook that
 * snaps a dragged vertex to the painted line nearby. An image per tile and channel is made once.
 */
final class LidarLayer {

  private static final int IMAGES = 256;

  /** Tile images made in one draw, at most (about a millisecond each); the rest in the next. */
  private static final int IMAGES_A_DRAW = 4;

  private final MainViewModel vm;
  private final LidarViewModel lidar;
  private final Runnable redraw;
  private final Map<LidarTile, WritableImage[]> images =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LidarTile, WritableImage[]> eldest) {
          return size() > IMAGES;
        }
      };

  LidarLayer(MainViewModel vm, Runnable redraw) {
    this.vm = vm;
    this.lidar = vm.lidar();
    this.redraw = redraw;
    Observable[] triggers = {
      lidar.versionProperty(),
      lidar.shownProperty(),
      lidar.channelProperty(),
      lidar.snappingProperty()
    };
    for (Observable o : triggers) {
      o.addListener(x -> redraw.run());
    }
  }

  /** Draws the tiles in the canvas's window; {@code sx}, {@code sy}: world to canvas. */
  void draw(GraphicsContext g, DoubleUnaryOperator sx, DoubleUnaryOperator sy) {
    double scale = sx.applyAsDouble(1) - sx.applyAsDouble(0); // pixels a metre
    double w = g.getCanvas().getWidth(), h = g.getCanvas().getHeight();
    double x0 = sx.applyAsDouble(0), y0 = sy.applyAsDouble(0); // where the world's origin is
    Bounds2 window = new Bounds2(-x0 / scale, (y0 - h) / scale, (w - x0) / scale, y0 / scale);
    List<LidarTile> tiles = lidar.tilesFor(window);
    int c = LidarTile.CHANNELS.indexOf(lidar.channelProperty().get());
    double size = LidarTile.METRES * scale;
    g.setImageSmoothing(false);
    int made = 0;
    for (LidarTile t : tiles) {
      WritableImage[] forTile =
          images.computeIfAbsent(t, k -> new WritableImage[LidarTile.CHANNELS.size()]);
      if (forTile[c] == null) {
        if (made == IMAGES_A_DRAW) {
          continue; // no long stall of the UI thread: the other tiles come in the next draws
        }
        made++;
        forTile[c] = image(t, c);
      }
      double left = sx.applyAsDouble(t.minX()), top = sy.applyAsDouble(t.minY() + LidarTile.METRES);
      g.drawImage(forTile[c], left, top, size, size);
    }
    g.setImageSmoothing(true);
    if (made == IMAGES_A_DRAW) {
      redraw.run(); // perhaps more to make
    }
    String note = lidar.noteProperty().get();
    if (!note.isEmpty()) {
      g.setFill(Color.web("#8a93a0"));
      g.setFont(Font.font(11));
      g.fillText(note, 10, h - 26);
    }
  }

  private static WritableImage image(LidarTile t, int c) {
    int n = LidarTile.SIZE;
    int[] argb = new int[n * n];
    for (int row = 0; row < n; row++) {
      for (int col = 0; col < n; col++) {
        int v = t.level(c, col, row);
        argb[row * n + col] = 0xff000000 | v << 16 | v << 8 | v;
      }
    }
    WritableImage img = new WritableImage(n, n);
    img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
    return img;
  }

  /** Where the selection's vertex {@code vertex} dragged to (wx, wy) lands (snapped or not). */
  double[] snap(int vertex, double wx, double wy) {
    return lidar.snap(vm.inspector().selectedProperty().get(), vertex, wx, wy);
  }
}
