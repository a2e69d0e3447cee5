"""Dataclasses to plain JSON values and back, guided by type hints.

Unknown keys are ignored and missing keys take the field default, so a
field added next year does not break this year's files (migrations in
:mod:`workshop.migrations` handle renames and meaning changes).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import lru_cache
from typing import Any, get_args, get_origin


def to_data(obj: Any) -> Any:
    """A JSON-ready copy of a dataclass tree."""
    return dataclasses.asdict(obj) if dataclasses.is_dataclass(obj) else obj


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


class SerialError(ValueError):
    """A value in the file does not have the expected shape."""


def from_data(cls: Any, data: Any, where: str = "") -> Any:
    """Build an instance of ``cls`` (a dataclass or a typed container)."""
    origin = get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(cls) if a is not type(None)]
        return None if data is None else from_data(args[0], data, where)
    if origin is list:
        _expect(data, list, where)
        (item,) = get_args(cls)
        return [from_data(item, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _expect(data, dict, where)
        _, item = get_args(cls)
        return {str(k): from_data(item, v, f"{where}.{k}") for k, v in data.items()}
    if dataclasses.is_dataclass(cls):
        _expect(data, dict, where)
        hints = _hints(cls)
        kwargs = {
            f.name: from_data(hints[f.name], data[f.name], f"{where}.{f.name}")
            for f in dataclasses.fields(cls)
            if f.name in data
        }
        try:
            return cls(**kwargs)
        except TypeError as exc:  # a required field is missing
            raise SerialError(f"{where or cls.__name__}: {exc}") from exc
    return _scalar(cls, data, where)


def _scalar(cls: Any, data: Any, where: str) -> Any:
    if cls is Any:
        return data
    if cls is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if cls is int and isinstance(data, bool):
        raise SerialError(f"{where}: expected a number, found {data!r}")
    _expect(data, cls, where)
    return data


def _expect(data: Any, cls: type, where: str) -> None:
    if not isinstance(data, cls):
        raise SerialError(f"{where}: expected {cls.__name__}, found {type(data).__name__}")
