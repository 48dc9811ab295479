// Writes a large ROS 2 bag for the MCAP read benchmark (docs/BENCHMARKS.md), with @mcap/core:
// SWEEPS Velodyne-layout PointCloud2 messages (x y z intensity float32, ring uint16, time float32)
// of POINTS random points within 80 m, /tf at 50 Hz, chunks of 4 MB compressed with zstd (level 1,
// the default), lz4 or none.
// Usage: node write-bench-bag.mjs OUT.mcap [SWEEPS] [POINTS] [zstd|lz4|none]
import { McapWriter } from "@mcap/core";
import { parse } from "@foxglove/rosmsg";
import { MessageWriter } from "@foxglove/rosmsg2-serialization";
import * as zstd from "@foxglove/wasm-zstd";
import lz4 from "lz4js";
import fs from "node:fs";
import { schemaText } from "./msgs.mjs";

const [out, sweeps = "50", points = "120000", compression = "zstd"] = process.argv.slice(2);
const compressors = {
  zstd: (d) => ({ compression: "zstd", compressedData: zstd.compress(d, 1) }),
  lz4: (d) => ({ compression: "lz4", compressedData: Uint8Array.from(lz4.compress(d)) }),
  none: undefined,
};
if (!(compression in compressors)) throw new Error("compression must be zstd, lz4 or none: " + compression);
await zstd.isLoaded;
const fd = fs.openSync(out, "w");
let pos = 0n;
const writable = {
  position: () => pos,
  write: async (data) => {
    fs.writeSync(fd, data);
    pos += BigInt(data.byteLength);
  },
};
const writer = new McapWriter({
  writable,
  chunkSize: 4 * 1024 * 1024,
  compressChunk: compressors[compression],
});
await writer.start({ profile: "ros2", library: "mapsmith-bench (@mcap/core)" });
const ids = {};
for (const [topic, type] of [["/tf", "tf2_msgs/msg/TFMessage"], ["/points", "sensor_msgs/msg/PointCloud2"]]) {
  const schemaId = await writer.registerSchema({ name: type, encoding: "ros2msg", data: new TextEncoder().encode(schemaText(type)) });
  ids[topic] = {
    id: await writer.registerChannel({ topic, schemaId, messageEncoding: "cdr", metadata: new Map() }),
    w: new MessageWriter(parse(schemaText(type), { ros2: true })),
  };
}
const T0 = 1_700_000_000n * 1_000_000_000n;
const stamp = (ns) => ({ sec: Number(ns / 1_000_000_000n), nanosec: Number(ns % 1_000_000_000n) });
const n = Number(points), step = 22;
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
let seq = 0;
for (let k = 0; k < Number(sweeps); k++) {
  const ns = T0 + BigInt(k) * 100_000_000n;
  for (let j = 0; j < 5; j++) {
    const tns = ns + BigInt(j) * 20_000_000n, s = Number(tns - T0) / 1e9;
    const tf = { transforms: [{ header: { stamp: stamp(tns), frame_id: "odom" }, child_frame_id: "velodyne",
      transform: { translation: { x: 10 * s, y: 0, z: 1.8 }, rotation: { x: 0, y: 0, z: Math.sin(0.05 * s), w: Math.cos(0.05 * s) } } }] };
    await writer.addMessage({ channelId: ids["/tf"].id, sequence: seq++, logTime: tns, publishTime: tns, data: ids["/tf"].w.writeMessage(tf) });
  }
  const data = new Uint8Array(step * n);
  const v = new DataView(data.buffer);
  for (let i = 0; i < n; i++) {
    const o = i * step;
    v.setFloat32(o, (rnd() - 0.5) * 160, true);
    v.setFloat32(o + 4, (rnd() - 0.5) * 160, true);
    v.setFloat32(o + 8, (rnd() - 0.5) * 6, true);
    v.setFloat32(o + 12, rnd() * 255, true);
    v.setUint16(o + 16, i % 32, true);
    v.setFloat32(o + 18, (i / n) * 0.1, true);
  }
  const msg = {
    header: { stamp: stamp(ns), frame_id: "velodyne" }, height: 1, width: n,
    fields: [["x", 0, 7], ["y", 4, 7], ["z", 8, 7], ["intensity", 12, 7], ["ring", 16, 4], ["time", 18, 7]]
      .map(([name, offset, datatype]) => ({ name, offset, datatype, count: 1 })),
    is_bigendian: false, point_step: step, row_step: step * n, data, is_dense: true,
  };
  await writer.addMessage({ channelId: ids["/points"].id, sequence: seq++, logTime: ns, publishTime: ns, data: ids["/points"].w.writeMessage(msg) });
}
await writer.end();
fs.closeSync(fd);
console.log(`wrote ${out}: ${sweeps} sweeps x ${points} points, ${compression} chunks`);
