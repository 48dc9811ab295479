// Writes the ROS 2 MCAP files drivelog's tests read, with the official @mcap/core writer and
// Foxglove's ROS 2 CDR serializer. Usage: node write-bags.mjs OUT_DIR
// Every bag shows a scene of fixed landmarks (truth.json) seen from a moving vehicle, so a reader
// that resolves poses, layouts and times right puts every point back on its landmark.
import { McapWriter, TempBuffer } from "@mcap/core";
import { parse } from "@foxglove/rosmsg";
import { MessageWriter } from "@foxglove/rosmsg2-serialization";
import { crc32 } from "@foxglove/crc";
import * as zstd from "@foxglove/wasm-zstd";
import lz4 from "lz4js";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { schemaText } from "./msgs.mjs";

const out = process.argv[2];
fs.mkdirSync(out, { recursive: true });
await zstd.isLoaded;

const T0 = 1_700_000_000n * 1_000_000_000n;
const LANDMARKS = [];
for (let i = 0; i < 40; i++) {
  LANDMARKS.push([-5 + i * 1.7, ((i * 7) % 11) - 5 + 0.25 * (i % 3), (i % 5) * 0.4]);
}

// --- small rigid-transform helpers: {q: [x, y, z, w], t: [x, y, z]} ---
const qYaw = (a) => [0, 0, Math.sin(a / 2), Math.cos(a / 2)];
const qMul = (a, b) => [
  a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
  a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
  a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
  a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2],
];
const qConj = (q) => [-q[0], -q[1], -q[2], q[3]];
const rot = (q, v) => {
  const p = qMul(qMul(q, [v[0], v[1], v[2], 0]), qConj(q));
  return [p[0], p[1], p[2]];
};
const compose = (a, b) => ({ q: qMul(a.q, b.q), t: add(rot(a.q, b.t), a.t) });
const inverse = (a) => {
  const q = qConj(a.q);
  return { q, t: rot(q, a.t).map((v) => -v) };
};
const apply = (a, p) => add(rot(a.q, p), a.t);
const add = (a, b) => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const qRollPitchYaw = (r, p, y) =>
  qMul(qYaw(y), qMul([0, Math.sin(p / 2), 0, Math.cos(p / 2)], [Math.sin(r / 2), 0, 0, Math.cos(r / 2)]));

// --- the drive: odom -> base_link at time s (seconds from T0) ---
const vehicle = (s) => ({ q: qYaw(0.1 * s), t: [5 * s, 0.5 * s * s, 0] });
const MAP_TO_ODOM = { q: qYaw(0.2), t: [100, 200, 0] };
const BASE_TO_LIDAR = { q: qRollPitchYaw(0.02, -0.01, 0.3), t: [1.2, 0, 1.8] };

const stamp = (ns) => ({ sec: Number(ns / 1_000_000_000n), nanosec: Number(ns % 1_000_000_000n) });
const sNs = (s) => T0 + BigInt(Math.round(s * 1e9));

// --- point clouds in a given field layout ---
// layout: {step, fields: [{name, offset, datatype, write(view, off, point)}]}
const F32 = 7, F64 = 8, U8 = 2, U16 = 4, U32 = 6;
const setters = {
  [F32]: (v, o, x) => v.setFloat32(o, x, true),
  [F64]: (v, o, x) => v.setFloat64(o, x, true),
  [U8]: (v, o, x) => v.setUint8(o, x),
  [U16]: (v, o, x) => v.setUint16(o, x, true),
  [U32]: (v, o, x) => v.setUint32(o, x, true),
};
function cloud(frameId, stampNs, layout, points) {
  const data = new Uint8Array(layout.step * points.length);
  const view = new DataView(data.buffer);
  points.forEach((p, i) => {
    for (const f of layout.fields) {
      setters[f.datatype](view, i * layout.step + f.offset, p[f.name] ?? 0);
    }
  });
  return {
    header: { stamp: stamp(stampNs), frame_id: frameId },
    height: 1,
    width: points.length,
    fields: layout.fields.map((f) => ({ name: f.name, offset: f.offset, datatype: f.datatype, count: 1 })),
    is_bigendian: false,
    point_step: layout.step,
    row_step: layout.step * points.length,
    data,
    is_dense: true,
  };
}
const VELODYNE = {
  step: 22,
  fields: [
    { name: "x", offset: 0, datatype: F32 },
    { name: "y", offset: 4, datatype: F32 },
    { name: "z", offset: 8, datatype: F32 },
    { name: "intensity", offset: 12, datatype: F32 },
    { name: "ring", offset: 16, datatype: U16 },
    { name: "time", offset: 18, datatype: F32 },
  ],
};
const OUSTER = {
  step: 48,
  fields: [
    { name: "x", offset: 0, datatype: F32 },
    { name: "y", offset: 4, datatype: F32 },
    { name: "z", offset: 8, datatype: F32 },
    { name: "intensity", offset: 16, datatype: F32 },
    { name: "t", offset: 20, datatype: U32 },
    { name: "reflectivity", offset: 24, datatype: U16 },
    { name: "ring", offset: 26, datatype: U16 },
    { name: "ambient", offset: 28, datatype: U16 },
    { name: "range", offset: 32, datatype: U32 },
  ],
};
const DOUBLES = {
  step: 25,
  fields: [
    { name: "intensity", offset: 0, datatype: U8 },
    { name: "x", offset: 1, datatype: F64 },
    { name: "y", offset: 9, datatype: F64 },
    { name: "z", offset: 17, datatype: F64 },
  ],
};

// A sweep at time s: each landmark as the lidar sees it at its own firing time.
function sweepPoints(s, lidarToWorld, timeField, world = LANDMARKS) {
  return world.map((w, i) => {
    const dt = timeField ? (i / LANDMARKS.length) * 0.09 : 0;
    const p = apply(inverse(lidarToWorld(s + dt)), w);
    const point = { x: p[0], y: p[1], z: p[2], intensity: (i * 6) % 256, ring: i % 16 };
    if (timeField === "time") point.time = dt;
    if (timeField === "t") point.t = Math.round(dt * 1e9);
    return point;
  });
}

// --- a 4x2 RGB PNG, made by hand (zlib + CRC) ---
function png() {
  const chunk = (type, body) => {
    const b = Buffer.alloc(12 + body.length);
    b.writeUInt32BE(body.length, 0);
    b.write(type, 4, "ascii");
    body.copy(b, 8);
    b.writeUInt32BE(crc32(b.subarray(4, 8 + body.length)), 8 + body.length);
    return b;
  };
  const ihdr = Buffer.from([0, 0, 0, 4, 0, 0, 0, 2, 8, 2, 0, 0, 0]);
  const rows = Buffer.alloc(2 * (1 + 12));
  for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) rows.set([200, 40 * x, 100 * y], y * 13 + 1 + 3 * x);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// --- writing ---
const compressors = {
  none: undefined,
  zstd: (d) => ({ compression: "zstd", compressedData: zstd.compress(d, 3) }),
  lz4: (d) => ({ compression: "lz4", compressedData: Uint8Array.from(lz4.compress(d)) }),
  unknown: (d) => ({ compression: "brotli", compressedData: d }),
};

async function writeBag(name, { compression = "none", chunked = true, summary = true, chunkSize }, fill) {
  const buffer = new TempBuffer();
  const writer = new McapWriter({
    writable: buffer,
    useChunks: chunked,
    chunkSize: chunkSize ?? 64 * 1024,
    compressChunk: compressors[compression],
    useStatistics: summary,
    useSummaryOffsets: summary,
    useChunkIndex: summary,
    useMessageIndex: summary,
    repeatSchemas: summary,
    repeatChannels: summary,
  });
  await writer.start({ profile: "ros2", library: "mapsmith-fixtures (@mcap/core)" });
  const channels = {};
  const queue = [];
  const bag = {
    topic: async (topic, type) => {
      const schemaId = await writer.registerSchema({
        name: type,
        encoding: "ros2msg",
        data: new TextEncoder().encode(schemaText(type)),
      });
      const id = await writer.registerChannel({
        topic,
        schemaId,
        messageEncoding: "cdr",
        metadata: new Map([["offered_qos_profiles", ""]]),
      });
      channels[topic] = { id, writer: new MessageWriter(parse(schemaText(type), { ros2: true })), seq: 0 };
    },
    // queued, then written in log-time order as a recorder would
    add: (topic, logNs, msg) => queue.push({ topic, logNs, msg }),
  };
  await fill(bag);
  queue.sort((a, b) => (a.logNs < b.logNs ? -1 : a.logNs > b.logNs ? 1 : 0));
  for (const { topic, logNs, msg } of queue) {
    const c = channels[topic];
    await writer.addMessage({
      channelId: c.id,
      sequence: c.seq++,
      logTime: logNs,
      publishTime: logNs,
      data: c.writer.writeMessage(msg),
    });
  }
  await writer.end();
  fs.writeFileSync(path.join(out, name), buffer.get());
}

const transform = (parent, child, ns, tr) => ({
  header: { stamp: stamp(ns), frame_id: parent },
  child_frame_id: child,
  transform: {
    translation: { x: tr.t[0], y: tr.t[1], z: tr.t[2] },
    rotation: { x: tr.q[0], y: tr.q[1], z: tr.q[2], w: tr.q[3] },
  },
});
const cameraInfo = (ns) => ({
  header: { stamp: stamp(ns), frame_id: "camera_optical" },
  height: 2,
  width: 4,
  distortion_model: "plumb_bob",
  d: [0, 0, 0, 0, 0],
  k: [500, 0, 2, 0, 510, 1, 0, 0, 1],
  r: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  p: [500, 0, 2, 0, 0, 510, 1, 0, 0, 0, 1, 0],
  binning_x: 0,
  binning_y: 0,
  roi: { x_offset: 0, y_offset: 0, height: 0, width: 0, do_rectify: false },
});
const SWEEPS = 20;
const RECEIVE_DELAY_NS = 30_000_000n; // log time = header stamp + 30 ms

// 1. /tf + /tf_static (map -> odom -> base_link -> velodyne, base_link -> camera_optical),
//    Velodyne layout with per-point time, zstd chunks small enough for several chunks; cameras.
async function tfBag(name, compression) {
  await writeBag(name, { compression, chunkSize: 4096 }, async (bag) => {
    await bag.topic("/tf_static", "tf2_msgs/msg/TFMessage");
    await bag.topic("/tf", "tf2_msgs/msg/TFMessage");
    await bag.topic("/velodyne_points", "sensor_msgs/msg/PointCloud2");
    await bag.topic("/camera/image_raw/compressed", "sensor_msgs/msg/CompressedImage");
    await bag.topic("/camera/image_raw", "sensor_msgs/msg/Image");
    await bag.topic("/camera/camera_info", "sensor_msgs/msg/CameraInfo");
    const camMount = { q: qMul(qYaw(-Math.PI / 2), [-Math.SQRT1_2, 0, 0, Math.SQRT1_2]), t: [1.5, 0, 1.5] };
    bag.add("/tf_static", T0, {
      transforms: [
        transform("map", "odom", T0, MAP_TO_ODOM),
        transform("base_link", "velodyne", T0, BASE_TO_LIDAR),
        transform("base_link", "camera_optical", T0, camMount),
      ],
    });
    for (let k = 0; k <= 2.2 * 50; k++) {
      const ns = sNs(k / 50);
      bag.add("/tf", ns + 1_000_000n, { transforms: [transform("odom", "base_link", ns, vehicle(k / 50))] });
    }
    const lidarToWorld = (s) => compose(MAP_TO_ODOM, compose(vehicle(s), BASE_TO_LIDAR));
    const inMap = LANDMARKS.map((p) => apply(MAP_TO_ODOM, p)); // around the vehicle, as in a real drive
    for (let k = 0; k < SWEEPS; k++) {
      const s = k / 10;
      const ns = sNs(s);
      bag.add("/velodyne_points", ns + RECEIVE_DELAY_NS, cloud("velodyne", ns, VELODYNE, sweepPoints(s, lidarToWorld, "time", inMap)));
      if (k % 5 === 0) {
        bag.add("/camera/image_raw/compressed", ns + 5_000_000n, { header: { stamp: stamp(ns), frame_id: "camera_optical" }, format: "png", data: png() });
        const rgb = new Uint8Array(4 * 2 * 3).map((_, i) => (i * 10) % 256);
        bag.add("/camera/image_raw", ns + 5_000_000n, { header: { stamp: stamp(ns), frame_id: "camera_optical" }, height: 2, width: 4, encoding: "rgb8", is_bigendian: 0, step: 12, data: rgb });
        bag.add("/camera/camera_info", ns + 5_000_000n, cameraInfo(ns));
      }
    }
  });
}

// 2. No /tf: nav_msgs/Odometry (odom -> base_link), lidar mount on /tf_static only;
//    Ouster layout with padding and uint32 't' in ns; two point-cloud topics; lz4 chunks.
async function odomBag(name) {
  await writeBag(name, { compression: "lz4", chunkSize: 8192 }, async (bag) => {
    await bag.topic("/tf_static", "tf2_msgs/msg/TFMessage");
    await bag.topic("/odom", "nav_msgs/msg/Odometry");
    await bag.topic("/ouster/points", "sensor_msgs/msg/PointCloud2");
    await bag.topic("/ouster/points_filtered", "sensor_msgs/msg/PointCloud2");
    bag.add("/tf_static", T0, { transforms: [transform("base_link", "os_sensor", T0, BASE_TO_LIDAR)] });
    for (let k = 0; k <= 2.2 * 50; k++) {
      const ns = sNs(k / 50);
      const v = vehicle(k / 50);
      const cov = new Array(36).fill(0);
      bag.add("/odom", ns, {
        header: { stamp: stamp(ns), frame_id: "odom" },
        child_frame_id: "base_link",
        pose: { pose: { position: { x: v.t[0], y: v.t[1], z: v.t[2] }, orientation: { x: v.q[0], y: v.q[1], z: v.q[2], w: v.q[3] } }, covariance: cov },
        twist: { twist: { linear: { x: 5, y: 0, z: 0 }, angular: { x: 0, y: 0, z: 0.1 } }, covariance: cov },
      });
    }
    const lidarToWorld = (s) => compose(vehicle(s), BASE_TO_LIDAR);
    for (let k = 0; k < SWEEPS; k++) {
      const ns = sNs(k / 10);
      const pts = sweepPoints(k / 10, lidarToWorld, "t");
      bag.add("/ouster/points", ns + RECEIVE_DELAY_NS, cloud("os_sensor", ns, OUSTER, pts));
      bag.add("/ouster/points_filtered", ns + RECEIVE_DELAY_NS, cloud("os_sensor", ns, OUSTER, pts.slice(0, 10)));
    }
  });
}

// 3. GNSS + IMU only (no /tf, no odometry), x y z as float64, no chunks and no summary section.
const LAT0 = 48.1, LON0 = 11.5, ALT0 = 520;
async function gnssBag(name) {
  await writeBag(name, { chunked: false, summary: false }, async (bag) => {
    await bag.topic("/gps/fix", "sensor_msgs/msg/NavSatFix");
    await bag.topic("/imu/data", "sensor_msgs/msg/Imu");
    await bag.topic("/points", "sensor_msgs/msg/PointCloud2");
    const zero = new Array(9).fill(0);
    const mPerDegLat = 111_200; // drives north-east: 4 m/s north, 3 m/s east
    for (let k = 0; k <= 22; k++) {
      const s = k / 10, ns = sNs(s);
      bag.add("/gps/fix", ns, {
        header: { stamp: stamp(ns), frame_id: "gps" },
        status: { status: 0, service: 1 },
        latitude: LAT0 + (4 * s) / mPerDegLat,
        longitude: LON0 + (3 * s) / (mPerDegLat * Math.cos((LAT0 * Math.PI) / 180)),
        altitude: ALT0,
        position_covariance: zero,
        position_covariance_type: 2,
      });
    }
    const yaw = Math.atan2(4, 3); // heading in ENU, counter-clockwise from east
    for (let k = 0; k <= 22 * 5; k++) {
      const ns = sNs(k / 50), q = qYaw(yaw);
      bag.add("/imu/data", ns, {
        header: { stamp: stamp(ns), frame_id: "imu" },
        orientation: { x: q[0], y: q[1], z: q[2], w: q[3] },
        orientation_covariance: zero,
        angular_velocity: { x: 0, y: 0, z: 0 },
        angular_velocity_covariance: zero,
        linear_acceleration: { x: 0, y: 0, z: 9.81 },
        linear_acceleration_covariance: zero,
      });
    }
    for (let k = 0; k < 10; k++) {
      const ns = sNs(k / 10);
      const pts = LANDMARKS.slice(0, 5).map((p, i) => ({ x: p[0], y: p[1], z: p[2], intensity: 50 * i }));
      bag.add("/points", ns, cloud("base_link", ns, DOUBLES, pts));
    }
  });
}

await tfBag("tf-velodyne-zstd.mcap", "zstd");
await tfBag("tf-velodyne-none.mcap", "none");
await tfBag("tf-velodyne-unknown-compression.mcap", "unknown");
await odomBag("odom-ouster-lz4.mcap");
await gnssBag("gnss-imu-no-summary.mcap");
fs.writeFileSync(
  path.join(out, "truth.json"),
  JSON.stringify({ landmarks: LANDMARKS, landmarks_map: LANDMARKS.map((p) => apply(MAP_TO_ODOM, p)), sweeps: SWEEPS, t0_ns: T0.toString(), receive_delay_ns: Number(RECEIVE_DELAY_NS), origin: [LAT0, LON0, ALT0] }),
);
console.log("wrote bags to " + out);
