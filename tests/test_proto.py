"""The committed projector_config_pb2.py is generated from proto/, and stays compatible with
TensorBoard's own projector_config.proto (same field numbers, names and types; own package)."""
import pathlib
import subprocess
import sys

import pytest
from google.protobuf import descriptor_pb2, text_format

from embproj_plugin import projector_config_pb2

REPO = pathlib.Path(__file__).resolve().parents[1]


def compiled_descriptor(tmp_path):
    pytest.importorskip("grpc_tools", reason="grpcio-tools compiles proto/ for this check")
    out = tmp_path / "set.pb"
    subprocess.run([sys.executable, "-m", "grpc_tools.protoc", "-I", str(REPO / "proto"),
                    "--descriptor_set_out=%s" % out, "projector_config.proto"], check=True)
    fresh = descriptor_pb2.FileDescriptorSet.FromString(out.read_bytes()).file[0]
    for message in fresh.message_type:  # the Python generator leaves json_name out
        for field in message.field:
            field.ClearField("json_name")
    return fresh


def test_generated_module_is_not_stale(tmp_path):
    committed = descriptor_pb2.FileDescriptorProto.FromString(projector_config_pb2.DESCRIPTOR.serialized_pb)
    fresh = compiled_descriptor(tmp_path)
    assert committed == fresh, (
        "embproj_plugin/projector_config_pb2.py is stale: regenerate it with "
        "`python -m grpc_tools.protoc -Iproto --python_out=embproj_plugin proto/projector_config.proto`")


def _fields(file_descriptor):
    """message name -> {(field name, number, type, label)}, independent of the package name."""
    proto = descriptor_pb2.FileDescriptorProto()
    file_descriptor.CopyToProto(proto)
    return {m.name: {(f.name, f.number, f.type, f.label) for f in m.field} for m in proto.message_type}


def test_fields_match_tensorboards_proto():
    from tensorboard.plugins.projector import projector_config_pb2 as theirs

    ours = projector_config_pb2.DESCRIPTOR
    assert ours.package == "embproj" and theirs.DESCRIPTOR.package != ours.package
    assert _fields(ours) == _fields(theirs.DESCRIPTOR)


def test_text_and_wire_round_trip_with_tensorboards_messages():
    from tensorboard.plugins.projector import projector_config_pb2 as theirs

    text = """
    model_checkpoint_path: "ckpt-3"
    model_checkpoint_dir: "ckpts"
    embeddings { tensor_name: "emb" metadata_path: "m.tsv" bookmarks_path: "b.json"
                 tensor_shape: 10 tensor_shape: 4 tensor_path: "t.tsv"
                 sprite { image_path: "s.png" single_image_dim: 8 single_image_dim: 6 } }
    """
    mine = text_format.Parse(text, projector_config_pb2.ProjectorConfig())
    other = text_format.Parse(text, theirs.ProjectorConfig())
    assert mine.SerializeToString() == other.SerializeToString()
    assert text_format.MessageToString(mine) == text_format.MessageToString(other)
