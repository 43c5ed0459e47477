"""A thin HTTP service over the `datamigrate` Python module (FastAPI).

It only moves bytes: uploads become a folder of scripts, the module does all the work, results go
back as JSON. What it adds is the web part: request and archive limits, safe extraction of
uploaded archives, and background jobs with their progress.

    POST /transpile                 {"sql": "...", "target": "snowflake"} -> {"target", "sql"}
    POST /assess                    multipart `files` (one .zip or several .sql), form `target`
    POST /migrations                same upload; starts a background job -> 202 {"id", "status"}
    GET  /migrations/{id}           status, progress (phase, done, total, elapsed_ms, eta_ms), report
    GET  /migrations/{id}/project.zip   the generated dbt project

Run it with `bash examples/service/run` (see examples/service/README.md).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Dict, Iterator, List, Optional

from fastapi import FastAPI, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import datamigrate

CHUNK = 1 << 16


@dataclass(frozen=True)
class Limits:
    """Upload limits; every one can be set by an environment variable (see README)."""

    request_bytes: int = int(os.environ.get("DATAMIGRATE_MAX_REQUEST_BYTES", 50 * 1024 * 1024))
    # Total size of the extracted scripts: a zip bomb stops here, not when the disk is full.
    uncompressed_bytes: int = int(os.environ.get("DATAMIGRATE_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024))
    entries: int = int(os.environ.get("DATAMIGRATE_MAX_ENTRIES", 10_000))
    workers: int = int(os.environ.get("DATAMIGRATE_WORKERS", 2))


class TooLarge(HTTPException):
    def __init__(self, what: str) -> None:
        super().__init__(status_code=413, detail=what)


class BodyLimit:
    """Rejects a request body above `limit` bytes: by its Content-Length before reading, and by
    counting while it is read (chunked uploads have no length)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if not length.isdigit() or int(length) > self.limit:
            await error(413, f"request body above {self.limit} bytes")(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLarge(f"request body above {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


def error(status: int, message: str, **data: Any) -> JSONResponse:
    return JSONResponse({"error": {"message": message, **data}}, status_code=status)


def safe_path(root: Path, name: str) -> Path:
    """`root / name` for an archive or upload name, or a 400 for a name that could leave `root`:
    absolute, a drive, a backslash, `..`, or empty."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise HTTPException(400, f"unsafe file name {name!r}")
    parts = PurePosixPath(name).parts
    if not parts or any(p in ("..", ".") for p in parts):
        raise HTTPException(400, f"unsafe file name {name!r}")
    target = root.joinpath(*parts)
    if not target.resolve().is_relative_to(root.resolve()):
        raise HTTPException(400, f"unsafe file name {name!r}")
    return target


class Budget:
    """Counts extracted bytes and files against the limits."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.bytes = 0
        self.entries = 0

    def entry(self) -> None:
        self.entries += 1
        if self.entries > self.limits.entries:
            raise TooLarge(f"more than {self.limits.entries} files")

    def take(self, n: int) -> None:
        self.bytes += n
        if self.bytes > self.limits.uncompressed_bytes:
            raise TooLarge(f"uncompressed content above {self.limits.uncompressed_bytes} bytes")


def copy_limited(source: Any, target: Path, budget: Budget) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as out:
        while chunk := source.read(CHUNK):
            budget.take(len(chunk))
            out.write(chunk)


def extract_zip(upload: UploadFile, root: Path, budget: Budget) -> None:
    try:
        archive = zipfile.ZipFile(upload.file)
    except zipfile.BadZipFile:
        raise HTTPException(400, f"{upload.filename} is not a zip archive") from None
    with archive:
        members = archive.infolist()
        # Check every entry before writing anything: declared sizes first (a bomb announces
        # itself), then the real bytes while copying (declared sizes can lie).
        for info in members:
            budget.entry()
            if stat.S_ISLNK(info.external_attr >> 16):
                raise HTTPException(400, f"symbolic link {info.filename!r} in the archive")
            safe_path(root, info.filename)
        declared = sum(i.file_size for i in members)
        if declared > budget.limits.uncompressed_bytes:
            raise TooLarge(f"uncompressed content above {budget.limits.uncompressed_bytes} bytes")
        for info in members:
            if info.is_dir():
                continue
            try:
                with archive.open(info) as source:
                    copy_limited(source, safe_path(root, info.filename), budget)
            except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as e:
                raise HTTPException(400, f"cannot extract {info.filename!r}: {e}") from None


def save_uploads(files: List[UploadFile], root: Path, limits: Limits) -> Path:
    """Write the uploads into `root`: a `.zip` is extracted, other files are kept by name."""
    if not files:
        raise HTTPException(400, "no files uploaded")
    root.mkdir(parents=True)
    budget = Budget(limits)
    for upload in files:
        name = upload.filename or ""
        if name.lower().endswith(".zip"):
            extract_zip(upload, root, budget)
        else:
            budget.entry()
            copy_limited(upload.file, safe_path(root, name), budget)
    return root


@dataclass
class Job:
    id: str
    target: str
    input: Path
    out: Path
    status: str = "queued"
    progress: Optional[Dict[str, Any]] = None
    result: Optional[Dict[str, Any]] = None
    error: Optional[Dict[str, Any]] = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def on_progress(self, event: datamigrate.Progress) -> None:
        with self.lock:
            self.progress = event.to_dict()

    def run(self) -> None:
        with self.lock:
            self.status = "running"
        try:
            result = datamigrate.migrate(self.input, self.out, target=self.target, on_progress=self.on_progress)
        except datamigrate.DatamigrateError as e:
            with self.lock:
                self.status, self.error = "failed", e.to_dict()
            return
        except Exception as e:  # a job must always end with a status
            with self.lock:
                self.status, self.error = "failed", {"kind": "internal", "message": str(e)}
            return
        with self.lock:
            self.status, self.result = "succeeded", result.to_dict()

    def view(self) -> Dict[str, Any]:
        with self.lock:
            progress = self.progress
            return {
                "id": self.id,
                "status": self.status,
                "target": self.target,
                "progress": progress,
                "eta_ms": progress.get("eta_ms") if progress and self.status == "running" else None,
                "report": self.result,
                "error": self.error,
            }


class TranspileRequest(BaseModel):
    sql: str
    target: str = "duckdb"


STATUS_OF_ERROR = {"input": 400, "parse": 422, "conversion": 422}


def create_app(limits: Optional[Limits] = None, data_dir: Optional[Path] = None) -> FastAPI:
    limits = limits or Limits()
    data = Path(data_dir or os.environ.get("DATAMIGRATE_SERVICE_DIR") or tempfile.mkdtemp(prefix="datamigrate-"))
    data.mkdir(parents=True, exist_ok=True)
    jobs: Dict[str, Job] = {}
    executor = ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="migration")
    app = FastAPI(title="datamigrate service", version=datamigrate.__version__)
    app.add_middleware(BodyLimit, limit=limits.request_bytes)

    @app.exception_handler(datamigrate.DatamigrateError)
    def datamigrate_error(_: Request, e: datamigrate.DatamigrateError) -> JSONResponse:
        return JSONResponse({"error": e.to_dict()}, status_code=STATUS_OF_ERROR.get(e.kind, 500))

    @app.exception_handler(HTTPException)
    def http_error(_: Request, e: HTTPException) -> JSONResponse:
        return error(e.status_code, str(e.detail))

    @app.post("/transpile")
    def transpile(request: TranspileRequest) -> Dict[str, str]:
        return {"target": request.target, "sql": datamigrate.transpile(request.sql, request.target)}

    @app.post("/assess")
    def assess(files: List[UploadFile] = File(...), target: str = Form("duckdb")) -> Dict[str, Any]:
        with tempfile.TemporaryDirectory(dir=data) as work:
            scripts = save_uploads(files, Path(work) / "scripts", limits)
            return datamigrate.assess(scripts, target=target).to_dict()

    @app.post("/migrations", status_code=202)
    def start_migration(files: List[UploadFile] = File(...), target: str = Form("duckdb")) -> Dict[str, Any]:
        job_id = uuid.uuid4().hex
        folder = data / job_id
        try:
            scripts = save_uploads(files, folder / "scripts", limits)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        job = Job(id=job_id, target=target, input=scripts, out=folder / "project")
        jobs[job_id] = job
        executor.submit(job.run)
        return {"id": job_id, "status": job.status}

    def job_of(job_id: str) -> Job:
        job = jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no migration {job_id!r}")
        return job

    @app.get("/migrations/{job_id}")
    def migration(job_id: str) -> Dict[str, Any]:
        return job_of(job_id).view()

    @app.get("/migrations/{job_id}/project.zip")
    def project_zip(job_id: str) -> StreamingResponse:
        job = job_of(job_id)
        if job.view()["status"] != "succeeded":
            raise HTTPException(409, f"migration {job_id} has not succeeded (status {job.status})")
        return StreamingResponse(
            zip_folder(job.out),
            media_type="application/zip",
            headers={"Content-Disposition": f'attachment; filename="{job_id}-project.zip"'},
        )

    app.state.jobs = jobs
    app.state.executor = executor
    return app


def zip_folder(folder: Path) -> Iterator[bytes]:
    """The folder as a zip, built in a spooled temporary file and streamed in chunks."""
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as buffer:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(folder.rglob("*")):
                if path.is_file() and not path.is_symlink():
                    archive.write(path, path.relative_to(folder).as_posix())
        buffer.seek(0)
        while chunk := buffer.read(CHUNK):
            yield chunk


app = create_app()
