package dev.mapsmith.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A small UNet, sized for ~30 ms per 256x256 tile on one CPU thread: {@code depth} encoder stages
 * (one 3x3 convolution with batch norm and ReLU at full resolution, two in the others) each
 * followed by 2x2 max pooling, a bottleneck, and a decoder that upsamples by nearest-neighbour
 * repetition (after a 1x1 convolution at the low resolution, which commutes with the repetition),
 * adds the skip connection and applies one 3x3 convolution. A 1x1 head gives one logit per class
 * per pixel. Input N x C x H x W with H and W divisible by 2^depth; output N x classes x H x W.
 * Transposed convolution is avoided because the PyTorch engine does not implement it.
 */
public final class LaneUNet extends AbstractBlock {

  private final int classes;
  private final List<Block> down = new ArrayList<>();
  private final List<Block> reduce = new ArrayList<>();
  private final List<Block> up = new ArrayList<>();
  private final Block bottom;
  private final Block head;

  /** A network with {@code base} filters in the first stage, doubling per stage. */
  public LaneUNet(int base, int depth, int classes) {
    this.classes = classes;
    for (int i = 0; i < depth; i++) {
      down.add(addChildBlock("down" + i, i == 0 ? conv(base, 3) : doubleConv(base << i)));
    }
    bottom = addChildBlock("bottom", doubleConv(base << (depth - 1)));
    for (int i = depth - 1; i >= 0; i--) {
      reduce.add(addChildBlock("reduce" + i, conv(base << i, 1)));
      up.add(addChildBlock("up" + i, conv(base << i, 3)));
    }
    head =
        addChildBlock(
            "head", Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(classes).build());
  }

  /** The number of 2x pooling stages; tile sides must be multiples of {@code 2^depth}. */
  public int depth() {
    return down.size();
  }

  private static Block conv(int filters, int kernel) {
    int pad = kernel / 2;
    return new SequentialBlock()
        .add(
            Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(pad, pad))
                .optBias(false)
                .setFilters(filters)
                .build())
        .add(BatchNorm.builder().build())
        .add(Activation::relu);
  }

  private static Block doubleConv(int filters) {
    return new SequentialBlock().add(conv(filters, 3)).add(conv(filters, 3));
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = inputs.singletonOrThrow();
    List<NDArray> skips = new ArrayList<>();
    for (Block stage : down) {
      x = stage.forward(ps, new NDList(x), training, params).singletonOrThrow();
      skips.add(x);
      x = Pool.maxPool2d(x, new Shape(2, 2), new Shape(2, 2), new Shape(0, 0), false);
    }
    x = bottom.forward(ps, new NDList(x), training, params).singletonOrThrow();
    for (int i = 0; i < up.size(); i++) {
      x = reduce.get(i).forward(ps, new NDList(x), training, params).singletonOrThrow();
      x = x.repeat(2, 2).repeat(3, 2);
      x = x.add(skips.get(skips.size() - 1 - i));
      x = up.get(i).forward(ps, new NDList(x), training, params).singletonOrThrow();
    }
    return head.forward(ps, new NDList(x), training, params);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape s = inputShapes[0];
    return new Shape[] {new Shape(s.get(0), classes, s.get(2), s.get(3))};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    Shape s = inputShapes[0];
    List<Shape> skipShapes = new ArrayList<>();
    for (Block stage : down) {
      s = init(stage, manager, dataType, s);
      skipShapes.add(s);
      s = new Shape(s.get(0), s.get(1), s.get(2) / 2, s.get(3) / 2);
    }
    s = init(bottom, manager, dataType, s);
    for (int i = 0; i < up.size(); i++) {
      s = init(reduce.get(i), manager, dataType, s);
      Shape skip = skipShapes.get(skipShapes.size() - 1 - i);
      s = new Shape(s.get(0), s.get(1), skip.get(2), skip.get(3));
      s = init(up.get(i), manager, dataType, s);
    }
    init(head, manager, dataType, s);
  }

  private static Shape init(Block block, NDManager manager, DataType type, Shape in) {
    block.initialize(manager, type, in);
    return block.getOutputShapes(new Shape[] {in})[0];
  }
}
