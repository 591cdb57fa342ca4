"""The text `checkpoint` state file that names a directory's latest checkpoint, and finding prefixes.

The file is a CheckpointState text proto:
    model_checkpoint_path: "ckpt-3"
    all_model_checkpoint_paths: "ckpt-1"
    all_model_checkpoint_paths: "ckpt-3"
(TensorFlow 2 may add all_model_checkpoint_timestamps / last_preserved_timestamp; they are ignored.)
"""
from __future__ import annotations

import dataclasses
import os
import re

from embproj_plugin import storage
from embproj_plugin.atomic import atomic_output
from embproj_plugin.file_access import MAX_CONFIG_BYTES, FileAccessError, FileMissing, read_file
from embproj_plugin.remote_errors import RemoteAccessError
from embproj_plugin.urls import is_url

from .reader import CheckpointError

STATE_FILENAME = "checkpoint"
_INDEX_SUFFIX = ".index"
_FIELD = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$")
_STRING = re.compile(r'''"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)\'''')
_NUMBER = re.compile(r"[-+]?[0-9.eE+-]+")
_STEP = re.compile(r"-(\d+)$")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\", "'": "'", '"': '"',
                   "a": "\a", "b": "\b", "f": "\f", "v": "\v", "?": "?"}


@dataclasses.dataclass(frozen=True)
class CheckpointState:
    model_checkpoint_path: str = ""
    all_model_checkpoint_paths: tuple[str, ...] = ()


def _unescape(text: str) -> str:
    """Text-format string escapes (\\n, \\", octal \\NNN, hex \\xNN) -> str, bytes decoded as UTF-8."""
    out = bytearray()
    i = 0
    while i < len(text):
        char = text[i]
        if char != "\\":
            out += char.encode("utf-8")
            i += 1
            continue
        if i + 1 >= len(text):
            raise ValueError("string ends in a lone backslash")
        code = text[i + 1]
        if code in _SIMPLE_ESCAPES:
            out += _SIMPLE_ESCAPES[code].encode("utf-8")
            i += 2
        elif code in "01234567":
            digits = re.match(r"[0-7]{1,3}", text[i + 1:]).group()
            out.append(int(digits, 8) & 0xFF)
            i += 1 + len(digits)
        elif code == "x":
            digits = re.match(r"[0-9A-Fa-f]{1,2}", text[i + 2:])
            if not digits:
                raise ValueError("\\x escape without hex digits")
            out.append(int(digits.group(), 16))
            i += 2 + len(digits.group())
        else:
            raise ValueError(f"unknown escape \\{code}")
    return out.decode("utf-8", errors="surrogateescape")


def _escape(text: str) -> str:
    out = []
    for byte in text.encode("utf-8", errors="surrogateescape"):
        char = chr(byte)
        if char in '"\\':
            out.append("\\" + char)
        elif 0x20 <= byte < 0x7F:
            out.append(char)
        else:  # control characters and UTF-8 bytes, octal-escaped as protobuf's printer does
            out.append(f"\\{byte:03o}")
    return "".join(out)


def parse_checkpoint_state(text: str) -> CheckpointState:
    """Parse the state file's text. Raises ValueError for anything that is not this text proto."""
    latest = ""
    every = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        field = _FIELD.match(line)
        if not field:
            raise ValueError(f"line {number} is not 'field: value'")
        name, value = field.groups()
        if name in ("model_checkpoint_path", "all_model_checkpoint_paths"):
            string = _STRING.fullmatch(value)
            if not string:
                raise ValueError(f"line {number}: {name} is not a quoted string")
            raw = string.group(1) if string.group(1) is not None else string.group(2)
            path = _unescape(raw)
            if name == "model_checkpoint_path":
                latest = path
            else:
                every.append(path)
        elif name in ("all_model_checkpoint_timestamps", "last_preserved_timestamp"):
            if not _NUMBER.fullmatch(value):
                raise ValueError(f"line {number}: {name} is not a number")
        else:
            raise ValueError(f"line {number}: unknown field {name!r}")
    return CheckpointState(latest, tuple(every))


def read_checkpoint_state(directory) -> CheckpointState | None:
    """The directory's state file, or None if it has none. Raises CheckpointError if it is malformed
    (or not a regular file, or larger than any state file: it is read through file_access)."""
    path = os.path.join(os.fspath(directory), STATE_FILENAME)
    try:
        data = read_file(path, MAX_CONFIG_BYTES, "checkpoint state")
    except FileMissing:
        return None
    except RemoteAccessError:
        raise  # the storage failed: not a reason to pick another checkpoint
    except FileAccessError as error:
        raise CheckpointError(path, f"cannot read checkpoint state file: {error.reason}") from None
    try:
        return parse_checkpoint_state(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise CheckpointError(path, "malformed checkpoint state file: not UTF-8 text") from None
    except ValueError as error:
        raise CheckpointError(path, f"malformed checkpoint state file: {error}") from None


def format_checkpoint_state(state: CheckpointState) -> str:
    lines = [f'model_checkpoint_path: "{_escape(state.model_checkpoint_path)}"']
    lines += [f'all_model_checkpoint_paths: "{_escape(p)}"' for p in state.all_model_checkpoint_paths]
    return "\n".join(lines) + "\n"


def _named_prefixes(directory: str, path: str):
    """The prefixes a state-file path may mean whose .index is there: the path itself, then (the logdir
    was moved or copied, so an absolute path went stale) the file of that name in `directory`. An
    .index that is not a regular file counts: the state file names it, so it is reported, not passed over."""
    if not path:
        return
    candidate = path if os.path.isabs(path) or is_url(path) else os.path.join(directory, path)
    # A state file on object storage never makes us look at a local path: only its copy beside it.
    if (is_url(candidate) or not is_url(directory)) and storage.lexists(candidate + _INDEX_SUFFIX):
        yield candidate
    moved = os.path.join(directory, os.path.basename(path.rstrip("/\\")))
    if moved != candidate and storage.lexists(moved + _INDEX_SUFFIX):
        yield moved


def _resolve(directory: str, path: str) -> str | None:
    """The prefix a state-file path means, if its .index exists (following a moved logdir)."""
    return next(_named_prefixes(directory, path), None)


def _prefixes(directory: str) -> list[str]:
    return [p[:-len(_INDEX_SUFFIX)] for p in storage.glob_in(directory, "*" + _INDEX_SUFFIX) if storage.isfile(p)]


def _mtime(prefix: str) -> float:
    return storage.mtime(prefix + _INDEX_SUFFIX)


def latest_checkpoint(directory, allowed=None) -> str | None:
    """The prefix of the directory's latest checkpoint (as tf.train.latest_checkpoint), or None.

    The state file is trusted first; if it is absent, malformed or names nothing that exists,
    the newest `*.index` by modification time wins. `allowed(prefix, named_in)` may veto candidates
    (`named_in` is the state file's path, or "" for a prefix found by listing the directory): the
    next one is tried. Never raises for local files; a remote storage that fails raises its FileAccessError
    (an unreachable endpoint is no reason to pick another checkpoint).
    """
    allowed = allowed or (lambda prefix, named_in: True)
    return next((prefix for prefix, named_in in _candidates(os.fspath(directory)) if allowed(prefix, named_in)),
                None)


def _candidates(directory: str):
    """(prefix, named_in) in the order latest_checkpoint prefers them."""
    try:
        state = read_checkpoint_state(directory)
    except CheckpointError:
        state = None
    if state is not None:
        state_file = os.path.join(directory, STATE_FILENAME)
        for path in (state.model_checkpoint_path, *reversed(state.all_model_checkpoint_paths)):
            for prefix in _named_prefixes(directory, path):
                yield prefix, state_file
    try:
        prefixes = _prefixes(directory)
    except OSError:
        return
    for prefix in sorted(prefixes, key=lambda p: (_mtime(p), p), reverse=True):
        yield prefix, ""


def checkpoint_step(prefix: str) -> int | None:
    """The step number TensorFlow appends to a prefix (`ckpt-3`, `model.ckpt-300`), if any."""
    match = _STEP.search(os.path.basename(prefix))
    return int(match.group(1)) if match else None


def all_checkpoints(directory) -> list[str]:
    """Every prefix with a .index in the directory, oldest first: by step number when every
    name has one, otherwise by modification time."""
    try:
        prefixes = _prefixes(os.fspath(directory))
    except OSError:
        return []
    if prefixes and all(checkpoint_step(p) is not None for p in prefixes):
        return sorted(prefixes, key=lambda p: (checkpoint_step(p), _mtime(p), p))
    return sorted(prefixes, key=lambda p: (_mtime(p), p))


def update_checkpoint_state(prefix: str) -> None:
    """Make `prefix` the latest checkpoint of its directory, keeping earlier ones that still exist."""
    directory = os.path.dirname(os.path.abspath(prefix))
    name = os.path.basename(prefix)
    try:
        previous = read_checkpoint_state(directory)
    except CheckpointError:
        previous = None  # a garbage state file is replaced, not kept
    kept = []
    for path in previous.all_model_checkpoint_paths if previous else ():
        resolved = _resolve(directory, path)
        if resolved is not None and os.path.abspath(resolved) != os.path.abspath(prefix) \
                and path not in kept:
            kept.append(path)
    state = CheckpointState(name, tuple(kept) + (name,))
    with atomic_output(os.path.join(directory, STATE_FILENAME)) as f:
        f.write(format_checkpoint_state(state).encode("utf-8"))
