package dev.mapsmith.drivelog.av2;

import dev.mapsmith.drivelog.InputFiles;
import org.apache.arrow.compression.CommonsCompressionFactory;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.compression.AbstractCompressionCodec;
import org.apache.arrow.vector.compression.CompressionCodec;
import org.apache.arrow.vector.compression.CompressionUtil;

/**
 * Arrow compression codecs for reading: LZ4_FRAME buffers are decoded by {@link Lz4Frame} (about
 * 20× faster than the commons-compress stream that Arrow's own codec uses); other codecs come from
 * {@link CommonsCompressionFactory}. Files are only read here, so LZ4 compression is not offered.
 */
final class FastCodecs implements CompressionCodec.Factory {

  static final FastCodecs INSTANCE = new FastCodecs();

  private FastCodecs() {}

  @Override
  public CompressionCodec createCodec(CompressionUtil.CodecType type) {
    return type == CompressionUtil.CodecType.LZ4_FRAME
        ? new Lz4Codec()
        : CommonsCompressionFactory.INSTANCE.createCodec(type);
  }

  @Override
  public CompressionCodec createCodec(CompressionUtil.CodecType type, int level) {
    return type == CompressionUtil.CodecType.LZ4_FRAME
        ? new Lz4Codec()
        : CommonsCompressionFactory.INSTANCE.createCodec(type, level);
  }

  /** LZ4 frame decoding into a fresh Arrow buffer; this codec only reads. */
  private static final class Lz4Codec extends AbstractCompressionCodec {
    @Override
    protected ArrowBuf doCompress(BufferAllocator allocator, ArrowBuf uncompressed) {
      throw new UnsupportedOperationException("this LZ4 codec only reads");
    }

    @Override
    protected ArrowBuf doDecompress(BufferAllocator allocator, ArrowBuf compressed) {
      long length = readUncompressedLength(compressed);
      long body = compressed.writerIndex() - CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH;
      if (length > Integer.MAX_VALUE - 8 || body > Integer.MAX_VALUE || body < 0 || length < 0) {
        throw new IllegalArgumentException("LZ4 buffer too large: " + length + " bytes");
      }
      if (length > Lz4Frame.MAX_RATIO * body + 64) {
        throw new IllegalArgumentException(
            "an LZ4 buffer of " + body + " bytes declares " + length + " bytes uncompressed");
      }
      if (2 * length > InputFiles.budgetBytes()) {
        throw new IllegalArgumentException(
            "an LZ4 buffer of "
                + length
                + " bytes uncompressed is over the per-file memory budget");
      }
      byte[] in = new byte[(int) body];
      compressed.getBytes(CompressionUtil.SIZE_OF_UNCOMPRESSED_LENGTH, in);
      byte[] out = new byte[(int) length];
      Lz4Frame.decode(in, 0, in.length, out);
      ArrowBuf buf = allocator.buffer(length);
      buf.setBytes(0, out);
      buf.writerIndex(length);
      return buf;
    }

    @Override
    public CompressionUtil.CodecType getCodecType() {
      return CompressionUtil.CodecType.LZ4_FRAME;
    }
  }
}
