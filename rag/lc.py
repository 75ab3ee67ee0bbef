"""LangChain adapters of the chain and the retriever, imported only by callers that want LangChain objects
(importing ``langchain_core.runnables``/``retrievers`` costs ~0.5 s, which plain answering does not pay)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableLambda
from pydantic import ConfigDict

from rag.retrieve import Retriever
from rag.types import RetrieverName

if TYPE_CHECKING:
    from rag.chain import Assistant


class LangChainRetriever(BaseRetriever):
    """The same retrieval as a LangChain ``BaseRetriever`` (Documents with provenance metadata): the ``k`` best
    chunks (the answerer also reads the extras retrieval adds — typed-evidence and other-language chunks)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)
    retriever: Retriever
    method: RetrieverName = "hybrid"
    k: int = 4

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        result = self.retriever.retrieve(query, k=self.k, method=self.method)
        return [Document(page_content=h.chunk.text, id=h.chunk.id,
                         metadata={"lang": h.chunk.lang, "title": h.chunk.title, "score": h.score,
                                   "sources": [o.model_dump() for o in h.chunk.occurrences]})
                for h in result.ranked()[:self.k]]


def assistant_runnable(assistant: Assistant) -> RunnableLambda:
    """``{"question", "history"?, "mode"?}`` → Answer, as a LangChain Runnable."""
    return RunnableLambda(
        lambda inp: assistant.answer(inp["question"], history=inp.get("history"), mode=inp.get("mode")))
