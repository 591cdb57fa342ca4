"""embproj: an Embedding Projector for TensorBoard."""

# The writer API, imported on first use: TensorBoard imports this package at start-up and must not
# pay for it (nor for PIL, which the sprite builder needs).
_LAZY = {
    "log_embedding": "embproj_plugin.writer",
    "create_sprite_image": "embproj_plugin.sprite_atlas",
    "visualize_embeddings": "embproj_plugin.projector",
}


def __getattr__(name):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError("module %r has no attribute %r" % (__name__, name))
