#!/usr/bin/env python3
"""Writes the crafted seed inputs of issue 17 into the Jazzer regression folders.

Run from the repository root: python3 drivelog/src/test/fuzz/make_seeds.py
Feather seeds are written by HostileFeatherTest#writeFuzzSeeds:
  mvn -o -pl drivelog -am test -Dtest=HostileFeatherTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dmapsmith.writeSeeds=$PWD/drivelog/src/test/resources/dev/mapsmith/drivelog/av2/FeatherFuzzTestInputs/sweep
"""
import os
import struct

ROOT = "drivelog/src/test/resources/dev/mapsmith/drivelog"


def seed(cls_path, method, name, data):
    d = os.path.join(ROOT, cls_path + "Inputs", method)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("ascii"))


def pcd_header(fields, size, typ, count, points, data, width=None):
    return ("VERSION .7\nFIELDS %s\nSIZE %s\nTYPE %s\nCOUNT %s\nWIDTH %d\nHEIGHT 1\n"
            "VIEWPOINT 0 0 0 1 0 0 0\nPOINTS %d\nDATA %s\n"
            % (fields, size, typ, count, width if width is not None else points, points, data))


P = "pcd/PcdFuzzTest"
pts = b"".join(struct.pack("<4f", i, -i, 0.5, i % 7) for i in range(5))
seed(P, "pcd", "valid_binary", pcd_header("x y z intensity", "4 4 4 4", "F F F F", "1 1 1 1", 5,
                                           "binary").encode() + pts)
seed(P, "pcd", "valid_ascii", pcd_header("x y z i", "4 4 4 1", "F F F U", "1 1 1 1", 2, "ascii")
     + "1 2 3 4\n5 6 7 255\n")
# binary_compressed: LZF literal runs only (control byte n-1, then n bytes), fields one after another
raw = b"".join(struct.pack("<3f", 1, 2, 3)[k * 4:(k + 1) * 4] for k in range(3))
lzf = bytes([len(raw) - 1]) + raw
seed(P, "pcd", "valid_binary_compressed",
     pcd_header("x y z", "4 4 4", "F F F", "1 1 1", 1, "binary_compressed").encode()
     + struct.pack("<II", len(lzf), len(raw)) + lzf)
seed(P, "pcd", "issue17_300M_points_137_bytes",
     pcd_header("x y z", "4 4 4", "F F F", "1 1 1", 300000000, "binary").encode() + bytes(12))
seed(P, "pcd", "issue17_ascii_300M_points",
     pcd_header("x y z", "4 4 4", "F F F", "1 1 1", 300000000, "ascii") + "1 2 3\n")
seed(P, "pcd", "issue17_count_zero",
     pcd_header("x y z", "4 4 4", "F F F", "0 0 0", 1000000, "binary").encode() + bytes(12))
seed(P, "pcd", "issue17_count_overflow",
     pcd_header("x y z", "8 8 8", "F F F", "1 1 2147483647", 3, "binary").encode() + bytes(24))
seed(P, "pcd", "issue17_width_height_overflow",
     "FIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nWIDTH 2147483647\nHEIGHT 2147483647\nDATA binary\n")
seed(P, "pcd", "issue17_compressed_sizes",
     pcd_header("x y z", "4 4 4", "F F F", "1 1 1", 100000000, "binary_compressed").encode()
     + struct.pack("<II", 4, 1200000000) + bytes(4))
seed(P, "pcd", "compressed_size_past_end",
     pcd_header("x y z", "4 4 4", "F F F", "1 1 1", 1, "binary_compressed").encode()
     + struct.pack("<II", 0xFFFFFFFF, 12))
seed(P, "pcd", "float_of_one_byte",
     pcd_header("x y z", "1 1 1", "F F F", "1 1 1", 1, "binary").encode() + bytes(3))

K = "kitti/KittiFuzzTest"
seed(K, "bin", "valid", struct.pack("<8f", 10, 0, 0, 0.5, 0, 5, 0, 0.25))
seed(K, "bin", "truncated_record", bytes(15))
seed(K, "bin", "nan_point", struct.pack("<4f", float("nan"), 0, 0, 0))
seed(K, "oxts", "valid", " ".join(["49.0", "8.4", "110.0"] + ["0"] * 27) + "\n")
seed(K, "oxts", "lat_out_of_range", " ".join(["91", "8.4", "110.0"] + ["0"] * 27) + "\n")
seed(K, "oxts", "nan_yaw", " ".join(["49", "8.4", "110", "0", "0", "NaN"] + ["0"] * 24) + "\n")
seed(K, "textFiles", "timestamps",
     "2011-09-26 14:22:25.000000000\n2011-09-26 14:22:25.100000000\n")
seed(K, "textFiles", "calib", "calib_time: 15-Mar-2012 11:37:16\nR: 0 -1 0 0 0 -1 1 0 0\n"
     "T: 0 -0.08 -0.27\n")

F = "av2/FeatherFuzzTest"
# lz4 target: two bytes of declared size /16, then frames
seed(F, "lz4", "issue17_skippable_negative_size",
     b"\x00\x01" + struct.pack("<Ii", 0x184D2A50, -8) + bytes(8))
seed(F, "lz4", "skippable_oversized", b"\x00\x01" + struct.pack("<II", 0x184D2A5F, 0x7FFFFFFF))
block = bytes([0xF0, 0x01]) + bytes(16)  # 16 literals
seed(F, "lz4", "valid_one_block",
     b"\x00\x01" + bytes([0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82])
     + struct.pack("<I", len(block)) + block + struct.pack("<I", 0))
seed(F, "lz4", "literal_length_cut_off",
     b"\x00\x10" + bytes([0x04, 0x22, 0x4D, 0x18, 0x60, 0x40, 0x82]) + struct.pack("<I", 2)
     + bytes([0xF0, 0xFF]))

M = "map/Av2MapFuzzTest"
valid = ('{"lane_segments": {"1": {"id": 1, "left_lane_mark_type": "SOLID_WHITE",'
         ' "right_lane_mark_type": "NONE", "left_lane_boundary": [{"x": 0, "y": 0, "z": 0},'
         ' {"x": 10, "y": 0, "z": 0}], "right_lane_boundary": [{"x": 0, "y": 3, "z": 0},'
         ' {"x": 10, "y": 3, "z": 0}]}}, "drivable_areas": {"7": {"area_boundary": ['
         '{"x": 0, "y": -5, "z": 0}, {"x": 10, "y": -5, "z": 0}, {"x": 10, "y": 8, "z": 0}]}},'
         ' "pedestrian_crossings": {}}')
seed(M, "map", "valid", valid)
seed(M, "map", "issue17_true_as_coordinate", valid.replace('"x": 10, "y": 0', '"x": true, "y": 0'))
seed(M, "map", "deep_nesting", "[" * 5000 + "]" * 5000)
seed(M, "map", "no_lane_segments", "{}")

O = "map/OsmFuzzTest"
seed(O, "osm", "valid_lanelet",
     '<?xml version="1.0"?>\n<osm version="0.6">\n'
     '<node id="1" lat="49.0" lon="8.4"><tag k="ele" v="110"/></node>\n'
     '<node id="2" lat="49.0001" lon="8.4"/>\n<node id="3" lat="49.0" lon="8.40005"/>\n'
     '<node id="4" lat="49.0001" lon="8.40005"/>\n'
     '<way id="10"><nd ref="1"/><nd ref="2"/><tag k="type" v="line_thin"/>'
     '<tag k="subtype" v="solid"/></way>\n'
     '<way id="11"><nd ref="3"/><nd ref="4"/><tag k="type" v="line_thin"/>'
     '<tag k="subtype" v="dashed"/></way>\n'
     '<relation id="20"><member type="way" ref="10" role="left"/>'
     '<member type="way" ref="11" role="right"/><tag k="type" v="lanelet"/></relation>\n</osm>\n')
seed(O, "osm", "xxe", '<?xml version="1.0"?><!DOCTYPE osm [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
     '<osm version="0.6"><node id="1" lat="1" lon="1"><tag k="n" v="&x;"/></node></osm>')
seed(O, "osm", "not_xml", "this is not xml")

D = "map/opendrive/OpenDriveFuzzTest"
ROAD = ('<road id="1" length="10" junction="-1"><planView>'
        '<geometry s="0" x="0" y="0" hdg="0" length="5"><line/></geometry>'
        '<geometry s="5" x="5" y="0" hdg="0" length="5"><arc curvature="0.01"/></geometry>'
        '</planView><lanes><laneSection s="0"><center><lane id="0" type="none">'
        '<roadMark sOffset="0" type="solid" width="0.15"/></lane></center>'
        '<left><lane id="1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0"/>'
        '<roadMark sOffset="0" type="broken" width="0.15"/></lane></left>'
        '<right><lane id="-1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0"/>'
        '<roadMark sOffset="0" type="solid" width="0.15"/></lane></right></laneSection></lanes></road>')
seed(D, "xodr", "valid_one_road", '<?xml version="1.0"?>\n<OpenDRIVE><header revMajor="1" revMinor="6"/>'
     + ROAD + '</OpenDRIVE>\n')
seed(D, "xodr", "doctype_entity", '<?xml version="1.0"?><!DOCTYPE OpenDRIVE [<!ENTITY x SYSTEM '
     '"file:///etc/passwd">]><OpenDRIVE><header/>' + ROAD.replace('id="1"', 'id="&x;"', 1) + '</OpenDRIVE>')
seed(D, "xodr", "dtd_control_char", '<?xml version="1.0"?><!DOCTYPE OpenDRIVE [<!ENTITY x SYSTEM '
     '"file:///etc/p\x01">]><OpenDRIVE/>')
seed(D, "xodr", "huge_length", '<OpenDRIVE><header/>' + ROAD.replace('length="5"><arc', 'length="1e300"><arc')
     + '</OpenDRIVE>')
seed(D, "xodr", "not_xml", "this is not xml")

# MCAP: bags written by @mcap/core (write-bags.mjs; run any MCAP test first so that
# drivelog/target/mcap-fixtures/bags exists) and damaged copies of one.
B = "mcap/McapFuzzTest"
BAGS = "drivelog/target/mcap-fixtures/bags"
if os.path.isdir(BAGS):
    for name in ("odom-ouster-lz4", "tf-velodyne-zstd", "gnss-imu-no-summary"):
        with open(os.path.join(BAGS, name + ".mcap"), "rb") as f:
            seed(B, "bag", "valid_" + name.replace("-", "_"), f.read())
    with open(os.path.join(BAGS, "tf-velodyne-zstd.mcap"), "rb") as f:
        bag = f.read()
    seed(B, "bag", "cut_short", bag[:len(bag) * 6 // 10])
    seed(B, "bag", "magic_only", bag[:8])
    # the first record after the header (after magic + Header record): declare 2^62 bytes
    header_len = struct.unpack_from("<Q", bag, 9)[0]
    first = 8 + 9 + header_len
    seed(B, "bag", "record_length_2e62",
         bag[:first + 1] + struct.pack("<Q", 1 << 62) + bag[first + 9:])
    # the footer's summary start pointing before the file
    seed(B, "bag", "summary_start_negative",
         bag[:len(bag) - 8 - 20 + 9] + struct.pack("<q", -5) + bag[len(bag) - 8 - 20 + 17:])
    seed(B, "bag", "not_mcap", b"\x89MCAQ0\r\n" + bag[8:200])

# nuScenes: the seven tables (scene, sample, sample_data, ego_pose, calibrated_sensor, sensor,
# log) separated by NUL bytes, matching TinyNuScenes' files (its scene-a, first key frame).
N = "nuscenes/NuScenesFuzzTest"
T0 = 1600000000000000
tables = [
    '[{"token":"tok-scene-a","log_token":"log1","name":"scene-a",'
    '"first_sample_token":"a1","last_sample_token":"a2"}]',
    '[{"token":"a1","scene_token":"tok-scene-a","prev":"","next":"a2"},'
    '{"token":"a2","scene_token":"tok-scene-a","prev":"a1","next":""}]',
    '[{"token":"sd1","sample_token":"a1","ego_pose_token":"pose-a1",'
    '"calibrated_sensor_token":"cs-lidar","timestamp":%d,"is_key_frame":true,'
    '"filename":"samples/LIDAR_TOP/a1.pcd.bin"},'
    '{"token":"sd2","sample_token":"a1","ego_pose_token":"pose-a1",'
    '"calibrated_sensor_token":"cs-radar","timestamp":%d,"is_key_frame":true,'
    '"filename":"samples/RADAR_FRONT/a1-%d.pcd"},'
    '{"token":"sd3","sample_token":"a2","ego_pose_token":"pose-a2",'
    '"calibrated_sensor_token":"cs-lidar","timestamp":%d,"is_key_frame":true,'
    '"filename":"samples/LIDAR_TOP/a2.pcd.bin"}]' % (T0, T0, T0, T0 + 500000),
    '[{"token":"pose-a1","timestamp":%d,"translation":[100,0,0],"rotation":[1,0,0,0]},'
    '{"token":"pose-a2","timestamp":%d,"translation":[110,0,0],"rotation":[1,0,0,0]}]'
    % (T0, T0 + 500000),
    '[{"token":"cs-lidar","sensor_token":"s-lidar","translation":[0.9,0,0.5],'
    '"rotation":[1,0,0,0],"camera_intrinsic":[]},'
    '{"token":"cs-radar","sensor_token":"s-radar","translation":[3.4,0,0.5],'
    '"rotation":[1,0,0,0],"camera_intrinsic":[]}]',
    '[{"token":"s-lidar","channel":"LIDAR_TOP","modality":"lidar"},'
    '{"token":"s-radar","channel":"RADAR_FRONT","modality":"radar"}]',
    '[{"token":"log1","location":"boston-seaport"}]',
]


def nu(name, replace=None):
    t = list(tables)
    if replace:
        for i, v in replace.items():
            t[i] = v
    seed(N, "tables", name, "\0".join(t))


nu("valid")
nu("missing_reference", {1: tables[1].replace('"scene_token":"tok-scene-a"', '"scene_token":"x"')})
nu("rotation_of_three", {3: tables[3].replace("[1,0,0,0]", "[1,0,0]", 1)})
nu("rotation_zero", {3: tables[3].replace("[1,0,0,0]", "[0,0,0,0]", 1)})
nu("table_is_object", {0: '{"token":"tok-scene-a"}'})
nu("deep_nesting", {5: "[" * 5000 + "]" * 5000})
nu("sample_cycle", {1: tables[1].replace('"next":""', '"next":"a1"')})
nu("timestamp_overflow", {2: tables[2].replace(str(T0 + 500000), "9223372036854775807")})
nu("filename_is_folder", {2: tables[2].replace("samples/LIDAR_TOP/a1.pcd.bin", "samples")})
nu("strings_as_numbers", {3: tables[3].replace("[100,0,0]", '["1e400","x",null]')})
