"""One renderer per printed document; each turns a plain data object from :mod:`exports.data` into PDF bytes."""
