"""Read and write `projector_config.pbtxt` (TensorBoard's text format, our proto package)."""
import json
import os

from google.protobuf import json_format, text_format

from embproj_plugin import storage
from embproj_plugin.atomic import atomic_output
from embproj_plugin.errors import MalformedFile
from embproj_plugin.file_access import MAX_CONFIG_BYTES, FileAccessError, read_file
from embproj_plugin.remote_errors import RemoteAccessError
from embproj_plugin.projector_config_pb2 import EmbeddingInfo, ProjectorConfig, SpriteMetadata

CONFIG_FILENAME = "projector_config.pbtxt"
# Where TensorFlow's writers put plugin assets inside a run directory.
ASSETS_SUBDIR = os.path.join("plugins", "org_tensorflow_tensorboard_projector")

__all__ = ["CONFIG_FILENAME", "ASSETS_SUBDIR", "ProjectorConfig", "EmbeddingInfo", "SpriteMetadata",
           "parse_config", "read_config", "write_config", "config_to_json"]


def parse_config(text, path="<text>"):
    """Parses pbtxt text; a syntax error becomes MalformedFile naming `path` and the line."""
    config = ProjectorConfig()
    try:
        text_format.Parse(text, config)
    except text_format.ParseError as e:
        raise MalformedFile(
            "malformed projector config: %s" % e, path,
            "Fix the text-format syntax; see TensorBoard's projector_config.proto for the fields.",
        ) from None
    return config


def read_config(path):
    """Parses the config file at `path` (a regular file of at most MAX_CONFIG_BYTES: a FIFO or a
    symlink to /dev/zero named like a config must not hang the server)."""
    try:
        raw = read_file(path, MAX_CONFIG_BYTES, "projector config")
    except RemoteAccessError:
        raise  # credentials, endpoint, bucket: not a property of the config
    except FileAccessError as e:
        raise MalformedFile("cannot read projector config: %s" % e.reason, path, e.problem.hint) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise MalformedFile("projector config is not UTF-8 text (byte %d)" % e.start, path) from None
    return parse_config(text, path)


def write_config(path, config):
    """Writes atomically (temporary file, then rename; on object storage one whole object) so a crash
    never leaves half a config."""
    storage.makedirs(storage.dirname(storage.abspath(path)))
    with atomic_output(path) as f:
        f.write(text_format.MessageToString(config).encode("utf-8"))


def config_to_json(config):
    """The camelCase JSON dict TensorBoard's `/info` route answers with."""
    return json.loads(json_format.MessageToJson(config))
