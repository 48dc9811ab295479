package dev.mapsmith.drivelog.mcap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the summary (or a linear scan) found in an MCAP file: schemas, channels, chunks, where each
 * message lies, and notes and problems to report. Filled while opening, then read-only.
 */
final class McapContents {

  String profile = "";
  final Map<Integer, McapSchema> schemas = new LinkedHashMap<>();
  final Map<Integer, McapChannel> channels = new LinkedHashMap<>();
  final List<ChunkInfo> chunks = new ArrayList<>();
  final Map<Integer, List<MessageRef>> messages = new LinkedHashMap<>();
  final List<String> notes = new ArrayList<>();
  final List<String> problems = new ArrayList<>();

  void add(MessageRef m) {
    messages.computeIfAbsent(m.channelId(), k -> new ArrayList<>()).add(m);
  }

  void problem(McapFault f) {
    problems.add(f.where() + ": " + f.getMessage());
  }

  /** Sorts every channel's messages by log time (stable: file order breaks ties). */
  void sort() {
    messages.values().forEach(l -> l.sort(Comparator.comparingLong(MessageRef::logTimeNs)));
  }

  /** Reads a Schema or Channel record body; returns false for any other opcode. */
  boolean definition(int opcode, RecordCursor c) {
    if (opcode == McapOpcode.SCHEMA) {
      int id = c.u16();
      String name = c.string();
      String encoding = c.string();
      schemas.putIfAbsent(id, new McapSchema(id, name, encoding));
      return true;
    }
    if (opcode == McapOpcode.CHANNEL) {
      int id = c.u16();
      int schemaId = c.u16();
      String topic = c.string();
      String encoding = c.string();
      channels.putIfAbsent(id, new McapChannel(id, schemaId, topic, encoding));
      return true;
    }
    return false;
  }
}
