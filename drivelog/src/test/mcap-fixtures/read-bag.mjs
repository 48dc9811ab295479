// Reads an MCAP file with the official @mcap/core indexed reader and prints one JSON object:
// profile, and per channel its topic, schema name, schema encoding, message encoding and count.
// Usage: node read-bag.mjs FILE.mcap
import { McapIndexedReader } from "@mcap/core";
import * as zstd from "@foxglove/wasm-zstd";
import lz4 from "lz4js";
import fs from "node:fs/promises";

await zstd.isLoaded;
const handle = await fs.open(process.argv[2], "r");
const readable = {
  size: async () => BigInt((await handle.stat()).size),
  read: async (offset, length) => {
    const buf = new Uint8Array(Number(length));
    await handle.read(buf, 0, Number(length), Number(offset));
    return buf;
  },
};
const reader = await McapIndexedReader.Initialize({
  readable,
  decompressHandlers: {
    zstd: (data, size) => zstd.decompress(data, Number(size)),
    lz4: (data, size) => Uint8Array.from(lz4.decompress(data, Number(size))),
  },
});
const counts = new Map();
let first = null;
for await (const m of reader.readMessages()) {
  counts.set(m.channelId, (counts.get(m.channelId) ?? 0) + 1);
  if (first === null) first = m.logTime;
}
const channels = [...reader.channelsById.values()].map((c) => {
  const s = reader.schemasById.get(c.schemaId);
  return {
    topic: c.topic,
    schema: s?.name ?? "",
    schema_encoding: s?.encoding ?? "",
    message_encoding: c.messageEncoding,
    messages: counts.get(c.id) ?? 0,
  };
});
console.log(JSON.stringify({ profile: reader.header.profile, chunks: reader.chunkIndexes.length, channels }));
await handle.close();
