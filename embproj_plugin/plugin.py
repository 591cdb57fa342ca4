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

        self._catalog = Catalog(context.logdir or "",
                                asset_root=getattr(context.flags, "embproj_asset_root", None) or "config")
        self._allow_writes = bool(getattr(context.flags, "embproj_allow_writes", False))

    def get_plugin_apps(self):
        from embproj_plugin import routes  # pylint: disable=import-outside-toplevel

        return routes.make_apps(self._catalog, STATIC_DIR, self._allow_writes)

    def is_active(self):
        return self._catalog.is_active()

    def frontend_metadata(self):
        return base_plugin.FrontendMetadata(es_module_path="/index.js", tab_name="Embeddings")


class EmbprojLoader(base_plugin.TBLoader):
    """Entry point: TensorBoard calls load() with its context."""

    def define_flags(self, parser):
        from embproj_plugin.paths import ASSET_ROOTS  # pylint: disable=import-outside-toplevel

        group = parser.add_argument_group(PLUGIN_NAME)
        group.add_argument("--embproj_allow_writes", action="store_true", default=False,
                           help="Let the Embeddings tab save bookmarks into the logdir (off by default).")
        group.add_argument("--embproj_asset_root", choices=ASSET_ROOTS, default=ASSET_ROOTS[0],
                           help="Where files named in a projector config may be: 'config' (default, as "
                                "TensorBoard's projector) inside the config file's folder; 'logdir' anywhere in "
                                "the logdir, for runs that share assets. Nothing outside the logdir is read.")

    def load(self, context):
        return EmbprojPlugin(context)
