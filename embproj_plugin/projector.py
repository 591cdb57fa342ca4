"""A drop-in for `tensorboard.plugins.projector`, without TensorFlow.

    from embproj_plugin import projector
    config = projector.ProjectorConfig()
    embedding = config.embeddings.add(tensor_name="embedding", metadata_path="metadata.tsv")
    projector.visualize_embeddings(logdir, config)

The messages are our own proto package, wire- and text-compatible with TensorBoard's; a message
built with TensorBoard's classes is accepted too (converted through its serialization).
"""
import os

from embproj_plugin.urls import is_url, normalise
from embproj_plugin.config import CONFIG_FILENAME, EmbeddingInfo, ProjectorConfig, SpriteMetadata, write_config

__all__ = ["ProjectorConfig", "EmbeddingInfo", "SpriteMetadata", "visualize_embeddings"]


def visualize_embeddings(logdir, config):
    """Writes `config` as `<logdir>/projector_config.pbtxt` (text format), as TensorBoard does.

    `logdir` is a path or a URL TensorBoard reads (`s3://bucket/exp`, `gs://...`), or an object with
    `get_logdir()` (a TensorFlow, tensorboardX or PyTorch SummaryWriter). The folder is created if
    needed; an existing config is replaced, atomically (on object storage: one whole object).
    """
    directory = resolve_logdir(logdir)
    write_config(os.path.join(directory, CONFIG_FILENAME), as_projector_config(config))


def resolve_logdir(logdir):
    """The directory a path or a summary writer (`get_logdir()`) stands for."""
    get_logdir = getattr(logdir, "get_logdir", None)
    if callable(get_logdir):
        logdir = get_logdir()
    if logdir is None:
        raise ValueError("Expected logdir to be a path, but got None")
    logdir = os.fspath(logdir)
    return normalise(logdir) if is_url(logdir) else logdir


def as_projector_config(config):
    """Our ProjectorConfig from ours or from any message with the same fields (TensorBoard's)."""
    if isinstance(config, ProjectorConfig):
        return config
    serialize = getattr(config, "SerializeToString", None)
    if not callable(serialize):
        raise TypeError("config must be a ProjectorConfig, got %s" % type(config).__name__)
    converted = ProjectorConfig()
    converted.ParseFromString(serialize())
    return converted
