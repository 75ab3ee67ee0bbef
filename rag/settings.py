"""One validated settings object for the whole product (env prefix ``ANSO_``, optional ``.env``).

Nothing reads the environment anywhere else: build a ``Settings`` once at the edge
(CLI, server, test) and pass it down explicitly.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from rag.types import ModeSetting, RetrieverName

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ANSO_", env_file=".env", extra="ignore")

    # --- storage -------------------------------------------------------------
    data_dir: Path = Field(Path(".anso"), description="Where the Chroma store, the BM25 index, the docstore, caches and feedback live.")
    corpus_dir: Path = Field(PROJECT_ROOT / "data" / "corpus", description="The bundled corpus ingested by `make run` when the index is empty.")
    collection: str = Field("anso", description="Chroma collection name.")
    chroma_host: str | None = Field(None, description="Host of a Chroma server (`chroma run`); unset means the embedded PersistentClient in the data dir.")
    chroma_port: int = Field(8000, description="Port of the Chroma server, used when chroma_host is set.")

    # --- embeddings ----------------------------------------------------------
    embedder: Literal["e5", "openai"] = Field("e5", description="Embedding backend: 'e5' (bundled multilingual-e5-small, CPU, offline) or 'openai' (any OpenAI-compatible /embeddings endpoint).")
    embed_model: str = Field("text-embedding-3-small", description="Model name for the 'openai' embedder.")
    embed_base_url: str | None = Field(None, description="Base URL for the 'openai' embedder (defaults to llm_base_url, then OpenAI).")
    embed_batch: int = Field(32, ge=1, le=1024, description="Texts per embedding call during ingest.")

    # --- chunking ------------------------------------------------------------
    chunk_tokens: int = Field(160, ge=16, le=2000, description="Token budget of one chunk (cl100k tokens); longer paragraphs are split at sentence ends.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped with a reason.")

    # --- retrieval -----------------------------------------------------------
    retriever: RetrieverName = Field("hybrid", description="Default retriever.")
    k: int = Field(4, ge=1, le=50, description="Chunks handed to the answerer.")
    candidates: int = Field(20, ge=1, le=500, description="Candidate pool per retriever (and per language for dense) before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    dense_weight: float = Field(1.0, ge=0, description="RRF weight of the dense lists.")
    bm25_weight: float = Field(1.0, ge=0, description="RRF weight of the BM25 list.")
    exact_search_max_chunks: int = Field(20000, ge=0, description="An embedded index of at most this many chunks is searched exactly in memory (its chunk vectors read from the docstore, ~1.5 KB each; Chroma is then not even opened); a larger one, or a Chroma server, is searched through Chroma. 0 always uses Chroma.")

    # --- answering -----------------------------------------------------------
    mode: ModeSetting = Field("auto", description="'auto' uses the LLM when one is configured, else extractive.")
    abstain_threshold: float = Field(0.56, description="Minimum evidence score for the extractive answerer (calibrated on the builtin dev split with `anso eval --calibrate`).")
    max_answer_chars: int = Field(300, ge=50, description="Approximate length cap of an extractive answer.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible base URL (vLLM, Ollama, llama.cpp server). Setting it enables llm mode.")
    llm_api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("ANSO_LLM_API_KEY", "OPENAI_API_KEY"), description="API key; read from the environment only, never written anywhere.")
    llm_model: str = Field("gpt-4o-mini", description="Chat model name.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before one LLM call is abandoned.")
    llm_retries: int = Field(1, ge=0, le=5, description="Retries of a failed LLM call before falling back to the extractive answer.")
    llm_context_tokens: int = Field(3000, ge=200, description="Token budget of the sources given to the LLM.")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")

    # --- serving -------------------------------------------------------------
    host: str = Field("127.0.0.1", description="Address `anso serve` binds.")
    port: int = Field(7860, description="Port `anso serve` binds.")
    max_question_chars: int = Field(2000, ge=10, description="Longer questions are refused with a friendly message.")
    rate_limit_per_minute: int = Field(30, ge=1, description="Questions one client may ask per minute.")
    concurrency: int = Field(4, ge=1, description="Gradio queue concurrency limit.")
    max_upload_mb: float = Field(20.0, gt=0, description="Largest file staff may upload.")
    staff_users: str | None = Field(None, description="Staff logins as 'user:bcrypt-hash,user2:hash'. Without it (or a credentials file) the staff tab does not exist.")
    staff_credentials_file: Path | None = Field(None, description="File with one 'user:bcrypt-hash' per line.")
    serve_page: bool = Field(True, description="Mount the Gradio chat page at / (built in the background after the API is up); off serves only the HTTP API.")
    api_keys: str | None = Field(None, description="Keys for the HTTP API (/api/ask, /v1/*) as 'name:bcrypt-hash,name2:hash' (`anso hash-password` prints a hash); clients send 'Authorization: Bearer <key>'. Unset: no key is asked for (fine on loopback; `anso serve` warns when it binds another address without keys).")
    api_model: str = Field("anso-assistant", description="Model id that GET /v1/models lists and /v1/chat/completions answers as ('<id>-extractive' and, with an LLM configured, '<id>-llm' pick a mode).")
    sse_piece_chars: int = Field(80, ge=1, description="Largest piece of answer text in one streamed event when the answer was not produced token by token (extractive answers, verified LLM answers on /v1).")

    @field_validator("data_dir", "corpus_dir")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return Path(value).expanduser()

    # --- derived -------------------------------------------------------------
    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key)

    def resolved_mode(self, requested: str | None = None) -> str:
        """'extractive' or 'llm' for a request (None: the configured mode; 'auto' resolved)."""
        mode = requested or self.mode
        if mode == "auto":
            return "llm" if self.llm_configured else "extractive"
        return mode

    @property
    def embedder_id(self) -> str:
        return "e5:multilingual-e5-small-q4" if self.embedder == "e5" else f"openai:{self.embed_model}"
