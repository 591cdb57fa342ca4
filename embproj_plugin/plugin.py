"""The TensorBoard plugin: routes → thin handlers over the catalog. Nothing else lives here.

This module is imported by TensorBoard at start-up through the `tensorboard_plugins` entry point,
so it imports nothing heavy at module level: a failure here would stop TensorBoard.
"""
import os

from tensorboard.plugins import base_plugin

PLUGIN_NAME = "embproj"
STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")


class EmbprojPlugin(base_plugin.TBPlugin):
    plugin_name = PLUGIN_NAME

    def __init__(self, context):
        from embproj_plugin.catalog import Catalog  # pylint: disable=import-outside-toplevel

        self._catalog = Catalog(context.logdir or "")

    def get_plugin_apps(self):
        from embproj_plugin import routes  # pylint: disable=import-outside-toplevel

        return routes.make_apps(self._catalog, STATIC_DIR)

    def is_active(self):
        return self._catalog.is_active()

    def frontend_metadata(self):
        return base_plugin.FrontendMetadata(es_module_path="/index.js", tab_name="Embeddings")


class EmbprojLoader(base_plugin.TBLoader):
    """Entry point: TensorBoard calls load() with its context."""

    def load(self, context):
        return EmbprojPlugin(context)
