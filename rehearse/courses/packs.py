"""Course packs: a course folder as one `.rehearse` file (a zip with a manifest and a content hash) to hand out.

Building validates the folder strictly. Installing reads the zip as data only (nothing in it is run or imported):
every name must be a plain `.yaml` file in the folder or its shared/ folder, every file must match the manifest's
hash, and the unpacked folder must validate strictly before it joins the library.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

FORMAT = "rehearse-pack"
VERSION = 1
MANIFEST = "manifest.json"
NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
MEMBER = re.compile(r"^(shared/)?[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.yaml$")
MAX_FILES = 500
MAX_BYTES = 20 << 20  # unpacked, in all: a course of scenarios is well under a megabyte
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed times in the zip: the same folder always builds the same bytes


class PackError(Exception):
    """A pack that cannot be built, installed or removed, with the reason in words."""


@dataclass(frozen=True)
class Installed:
    """An installed pack, as `pack list` shows it."""

    name: str
    title: str
    scenarios: int
    content_hash: str
    installed: str
    folder: Path

    def to_json(self) -> dict:
        """Plain JSON for `pack list --json`."""
        return {"name": self.name, "title": self.title, "scenarios": self.scenarios,
                "content_hash": self.content_hash, "installed": self.installed, "folder": str(self.folder)}


def _files(folder: Path) -> list[Path]:
    """The files a pack carries: the folder's .yaml files and those in its shared/ folder."""
    out = sorted(f for f in folder.glob("*.yaml") if f.is_file() and not f.is_symlink())
    shared = folder / "shared"
    if shared.is_dir():
        out += sorted(f for f in shared.glob("*.yaml") if f.is_file() and not f.is_symlink())
    return out


def content_hash(entries: list[tuple[str, str]]) -> str:
    """One hash over every (path, sha256) pair, in path order."""
    h = hashlib.sha256()
    for name, digest in sorted(entries):
        h.update(f"{name}\0{digest}\n".encode())
    return h.hexdigest()


def _strict(folder: Path) -> list[str]:
    """Every finding `validate --strict` makes on a folder, as lines; empty when it passes."""
    from rehearse.engine.load.course import catalogue
    from rehearse.engine.load.validate import validate

    run = validate([str(folder)], catalogue(), lint_too=True)
    lines = [str(d) for d in run.diagnostics]
    if run.loaded == 0:
        lines.append(f"{folder}: no scenario in this folder")
    return lines


def build(folder: Path, output: Path, name: str | None = None) -> dict:
    """Validate `folder` strictly and write it as a pack; returns the manifest."""
    from rehearse.engine.load.course import for_folder
    from rehearse.files import write_private

    if not folder.is_dir():
        raise PackError(f"{folder}: no such folder")
    name = name or output.name.removesuffix(".rehearse")
    if not NAME.match(name):
        raise PackError(f"pack name '{name}' may hold only lowercase letters, digits and '-' (name the file so)")
    problems = _strict(folder)
    if problems:
        raise PackError("the folder does not validate strictly; fix these first:\n" + "\n".join(problems))
    files = _files(folder)
    entries = []
    blobs = {}
    for f in files:
        rel = f.relative_to(folder).as_posix()
        data = f.read_bytes()
        blobs[rel] = data
        entries.append({"path": rel, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
    course = for_folder(folder)
    import rehearse

    manifest = {"format": FORMAT, "version": VERSION, "name": name, "title": course.title if course else name,
                "rehearse": rehearse.__version__, "files": entries,
                "content_hash": content_hash([(e["path"], e["sha256"]) for e in entries])}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for rel, data in [(MANIFEST, json.dumps(manifest, indent=2).encode()), *blobs.items()]:
            info = zipfile.ZipInfo(rel, _EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write_private(output, buf.getvalue())
    return manifest


def _read(pack: Path) -> tuple[dict, dict[str, bytes]]:
    """A pack's manifest and files, every name and hash checked; raises PackError."""
    try:
        z = zipfile.ZipFile(pack)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackError(f"{pack}: not a rehearse pack ({exc})") from None
    with z:
        infos = z.infolist()
        if len(infos) > MAX_FILES + 1:
            raise PackError(f"{pack}: more than {MAX_FILES} files")
        if sum(i.file_size for i in infos) > MAX_BYTES:
            raise PackError(f"{pack}: unpacks to more than {MAX_BYTES >> 20} MB")
        names = [i.filename for i in infos]
        if MANIFEST not in names:
            raise PackError(f"{pack}: no {MANIFEST}; not a rehearse pack")
        for i in infos:
            mode = i.external_attr >> 16
            if i.filename != MANIFEST and not MEMBER.match(i.filename):
                raise PackError(f"{pack}: '{i.filename}' is not a plain .yaml file in the course folder; refusing")
            if mode and (mode & 0o170000) not in (0, 0o100000):  # a symlink, device or folder entry
                raise PackError(f"{pack}: '{i.filename}' is not a regular file; refusing")
        if len(set(names)) != len(names):
            raise PackError(f"{pack}: a file appears twice")
        try:
            manifest = json.loads(z.read(MANIFEST))
            files = {n: z.read(n) for n in names if n != MANIFEST}
        except (zipfile.BadZipFile, ValueError, OSError) as exc:  # a bad CRC, a broken member, bad JSON
            raise PackError(f"{pack}: damaged ({exc})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise PackError(f"{pack}: not a version {VERSION} rehearse pack")
    name = manifest.get("name")
    if not isinstance(name, str) or not NAME.match(name):
        raise PackError(f"{pack}: the manifest's name is missing or not a plain name")
    listed = manifest.get("files")
    if not isinstance(listed, list) or not all(isinstance(e, dict) and isinstance(e.get("path"), str)
                                               and isinstance(e.get("sha256"), str) for e in listed):
        raise PackError(f"{pack}: the manifest's file list is malformed")
    if sorted(e["path"] for e in listed) != sorted(files):
        raise PackError(f"{pack}: the files do not match the manifest")
    for e in listed:
        if hashlib.sha256(files[e["path"]]).hexdigest() != e["sha256"]:
            raise PackError(f"{pack}: '{e['path']}' does not match its hash in the manifest")
    if content_hash([(e["path"], e["sha256"]) for e in listed]) != manifest.get("content_hash"):
        raise PackError(f"{pack}: the content hash does not match")
    return manifest, files


def install(pack: Path, packs: Path | None = None) -> tuple[Installed, bool]:
    """Check, unpack and validate a pack into the packs folder; (the pack, whether it replaced one of that name)."""
    from rehearse.engine.load.library import list_entries
    from rehearse.files import private_dir, write_private
    from rehearse.locations import packs_dir

    manifest, files = _read(pack)
    packs = packs or packs_dir()
    private_dir(packs)
    name = manifest["name"]
    tmp = packs / f".tmp-{name}-{time.time_ns()}"
    private_dir(tmp)
    try:
        for rel, data in files.items():
            target = tmp / rel
            if target.parent != tmp:
                private_dir(target.parent)
            write_private(target, data)
        problems = _strict(tmp)
        if problems:
            raise PackError(f"{pack}: the pack does not validate strictly, so it was not installed:\n" +
                            "\n".join(p.replace(str(tmp), name) for p in problems))
        dest = packs / name
        others = [e for e in list_entries() if not e.path.is_relative_to(dest)]
        clash = sorted({e.id for e in list_entries([str(tmp)])} & {e.id for e in others})
        if clash:
            raise PackError(f"{pack}: scenario id(s) {', '.join(clash)} are already in your library; not installed")
        meta = {"content_hash": manifest["content_hash"], "title": manifest.get("title", name),
                "installed": time.strftime("%Y-%m-%d %H:%M"), "source": pack.name}
        write_private(tmp / MANIFEST, json.dumps(meta, indent=2))
        replaced = dest.exists()
        if replaced:
            shutil.rmtree(dest)
        tmp.rename(dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return _installed(dest), replaced


def _installed(folder: Path) -> Installed:
    try:
        meta = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        meta = meta if isinstance(meta, dict) else {}
    except (OSError, ValueError):
        meta = {}
    return Installed(folder.name, str(meta.get("title", folder.name)), len(list(folder.glob("*.yaml"))) -
                     sum((folder / n).exists() for n in ("course.yaml", "guidance.yaml")),
                     str(meta.get("content_hash", "")), str(meta.get("installed", "")), folder)


def installed(packs: Path | None = None) -> list[Installed]:
    """Every installed pack, by name."""
    from rehearse.locations import packs_dir

    packs = packs or packs_dir()
    if not packs.is_dir():
        return []
    return [_installed(f) for f in sorted(packs.iterdir()) if f.is_dir() and not f.name.startswith(".")]


def remove(name: str, packs: Path | None = None) -> Path:
    """Delete an installed pack by name; returns its folder."""
    from rehearse.locations import packs_dir

    if not NAME.match(name):
        raise PackError(f"'{name}' is not a pack name")
    folder = (packs or packs_dir()) / name
    if not folder.is_dir() or folder.is_symlink():
        raise PackError(f"no pack called '{name}' is installed (`rehearse pack list` shows them)")
    shutil.rmtree(folder)
    return folder
