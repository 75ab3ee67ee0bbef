"""Interface text, Chinese and English (same keys, same placeholders; tested)."""
from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "title": {"en": "# ANSO Assistant", "zh": "# ANSO 助手"},
    "subtitle": {
        "en": "Ask about the Alliance of International Science Organizations (ANSO) in English or Chinese. "
              "Every answer cites the source sentences; click a number to check it.",
        "zh": "用中文或英文提问关于“一带一路”国际科学组织联盟（ANSO）的问题。每个回答都标注出处，点击编号即可核对原文。",
    },
    "language": {"en": "Interface language", "zh": "界面语言"},
    "chat": {"en": "Conversation", "zh": "对话"},
    "question": {"en": "Your question", "zh": "您的问题"},
    "placeholder": {"en": "e.g. When was ANSO established?", "zh": "例如：联盟是哪一天成立的？"},
    "send": {"en": "Ask", "zh": "提问"},
    "clear": {"en": "New conversation", "zh": "新对话"},
    "examples": {"en": "Example questions", "zh": "示例问题"},
    "sources": {"en": "Sources", "zh": "出处"},
    "no_sources": {"en": "Each answer's sources appear here; click a number [1] in an answer to see its source.",
                   "zh": "每个回答的出处显示在这里；点击回答中的编号 [1] 即可查看原文。"},
    "nearest": {"en": "Nearest passages (they do not answer the question)", "zh": "最接近的段落（并未回答这个问题）"},
    "nearest_where": {"en": "The nearest passages (they do not answer it) are under Sources.",
                      "zh": "最接近的段落（并未回答这个问题）列在“出处”中。"},
    "sources_of": {"en": "Sources of answer {n}: “{question}”", "zh": "第 {n} 个回答的出处：“{question}”"},
    "back_to_answer": {"en": "↑ Back to the answer", "zh": "↑ 回到回答"},
    "published": {"en": "published {date}", "zh": "发布于 {date}"},
    "original": {"en": "original page", "zh": "原文网页"},
    "file_detail": {"en": "file {file}, paragraph {n}", "zh": "文件 {file}，第 {n} 段"},
    "paragraph": {"en": "paragraph {n}", "zh": "第 {n} 段"},
    "show_parallel": {"en": "Show the {lang} version", "zh": "显示{lang}版本"},
    "lang_en": {"en": "English", "zh": "英文"},
    "lang_zh": {"en": "Chinese", "zh": "中文"},
    "copy": {"en": "Answer with references (copy)", "zh": "带出处的回答（可复制）"},
    "timings": {"en": "Timings (ms)", "zh": "耗时（毫秒）"},
    "copy_help": {"en": "Click an answer to copy it here with its references.", "zh": "点击一个回答，即可在此复制它及其出处。"},
    "feedback": {"en": "Your comment (optional)", "zh": "您的意见（可选）"},
    "comment_on": {"en": "Comment on answer", "zh": "针对哪个回答"},
    "answer_choice": {"en": "{n}: {question}", "zh": "{n}：{question}"},
    "llm_not_configured": {"en": "The LLM mode is not set up on this server; ask without it (extractive mode).",
                           "zh": "此服务器没有配置大模型模式；请不用它提问（抽取模式）。"},
    "send_feedback": {"en": "Send feedback", "zh": "提交反馈"},
    "feedback_failed": {"en": "Your feedback could not be saved right now; please try again later.",
                        "zh": "暂时无法保存您的反馈，请稍后再试。"},
    "thanks": {"en": "Thank you for the feedback.", "zh": "感谢您的反馈。"},
    "nothing_to_rate": {"en": "Ask a question first.", "zh": "请先提问。"},
    "unsupported": {"en": "⚠ not clearly supported by its source", "zh": "⚠ 与出处对应不明确"},
    "rate_limited": {"en": "Too many questions; please wait a minute.", "zh": "提问过于频繁，请稍候一分钟再试。"},
    "error": {"en": "Something went wrong; please try again.", "zh": "出了点问题，请重试。"},
    "staff": {"en": "Staff", "zh": "工作人员"},
    "user": {"en": "User name", "zh": "用户名"},
    "password": {"en": "Password", "zh": "密码"},
    "login": {"en": "Log in", "zh": "登录"},
    "login_failed": {"en": "Wrong user name or password.", "zh": "用户名或密码错误。"},
    "login_throttled": {"en": "Too many failed attempts; try again in {seconds} s.", "zh": "失败次数过多，请 {seconds} 秒后再试。"},
    "login_required": {"en": "Please log in first.", "zh": "请先登录。"},
    "upload": {"en": "Upload documents (txt, md, html, pdf, docx; optional NAME.meta.json beside a document)",
               "zh": "上传文档（txt、md、html、pdf、docx；可附带同名 .meta.json 元数据文件）"},
    "ingest": {"en": "Add the uploaded files", "zh": "添加上传的文件"},
    "summary": {"en": "Result", "zh": "结果"},
    "stats": {"en": "The index at a glance", "zh": "索引概况"},
    "stats_text": {"en": "**{documents}** documents · **{chunks}** passages ({en} English, {zh} Chinese) · "
                         "**{parallel}** English–Chinese links · embedder {embedder}",
                   "zh": "**{documents}** 份文档 · **{chunks}** 个段落（英文 {en}，中文 {zh}）· "
                         "**{parallel}** 个中英对应 · 向量模型 {embedder}"},
    "rebuild": {"en": "Rebuild the index…", "zh": "重建索引…"},
    "rebuild_confirm": {"en": "Rebuild the whole index from its documents? Answers keep coming from the current index "
                              "until the new one is complete.",
                        "zh": "要根据全部文档重建索引吗？新索引完成之前，回答仍来自当前索引。"},
    "rebuild_yes": {"en": "Yes, rebuild", "zh": "确定重建"},
    "cancel": {"en": "Cancel", "zh": "取消"},
    "rebuilt": {"en": "The index was rebuilt: {documents} documents, {chunks} passages, in {seconds} s.",
                "zh": "索引已重建：{documents} 份文档，{chunks} 个段落，用时 {seconds} 秒。"},
    "added_file": {"en": "✅ {file}: added — {paragraphs} paragraphs, {passages} passages ({lang}).",
                   "zh": "✅ {file}：已添加——{paragraphs} 段，{passages} 个段落（{lang}）。"},
    "unchanged_file": {"en": "= {file}: already in the index, unchanged.", "zh": "= {file}：已在索引中，没有变化。"},
    "rejected_file": {"en": "❌ {file}: not added — {reason}", "zh": "❌ {file}：未添加——{reason}"},
    "nothing_uploaded": {"en": "Choose files to upload first.", "zh": "请先选择要上传的文件。"},
    "unsupported_upload": {"en": "this file type is not supported ({allowed})", "zh": "不支持此文件类型（支持：{allowed}）"},
    "too_big_upload": {"en": "larger than the {limit} MB upload limit", "zh": "超过 {limit} MB 的上传限制"},
    "feedback_table": {"en": "Feedback", "zh": "用户反馈"},
    "unanswered": {"en": "Unanswered questions", "zh": "未能回答的问题"},
    "refresh": {"en": "Refresh", "zh": "刷新"},
    "download_csv": {"en": "Download CSV", "zh": "下载 CSV"},
    "documents": {"en": "Documents", "zh": "文档"},
    "document": {"en": "Document", "zh": "文档"},
    "delete": {"en": "Delete this document", "zh": "删除此文档"},
    "deleted": {"en": "{file} was removed from the index.", "zh": "{file} 已从索引中删除。"},
    "replace": {"en": "Replace it with the uploaded file", "zh": "用上传的文件替换它"},
    "replaced": {"en": "{old} was replaced by {file}.", "zh": "{old} 已被 {file} 替换。"},
    "choose_document": {"en": "Choose a document first.", "zh": "请先选择一个文档。"},
    "chunks_of": {"en": "How the document was split", "zh": "文档的切分方式"},
    "write_failed": {"en": "The index could not be changed ({reason}); nothing was lost — try again.",
                     "zh": "无法修改索引（{reason}）；没有丢失任何内容，请重试。"},
    "col_time": {"en": "Time", "zh": "时间"},
    "col_question": {"en": "Question", "zh": "问题"},
    "col_answer": {"en": "Answer", "zh": "回答"},
    "col_rating": {"en": "Rating", "zh": "评价"},
    "col_comment": {"en": "Comment", "zh": "意见"},
    "col_sources": {"en": "Cited sources", "zh": "引用的出处"},
    "col_language": {"en": "Language", "zh": "语言"},
    "col_mode": {"en": "Mode", "zh": "模式"},
    "col_count": {"en": "Times asked", "zh": "提问次数"},
    "col_last": {"en": "Last asked", "zh": "最近一次"},
    "col_title": {"en": "Title", "zh": "标题"},
    "col_date": {"en": "Date", "zh": "日期"},
    "col_chunks": {"en": "Passages", "zh": "段落数"},
    "col_parallel": {"en": "Links to the other language", "zh": "与另一语言的对应"},
    "col_ingested": {"en": "Added", "zh": "添加时间"},
    "col_file": {"en": "File", "zh": "文件"},
    "col_n": {"en": "#", "zh": "#"},
    "col_kind": {"en": "Kind", "zh": "类型"},
    "col_text": {"en": "Text", "zh": "文本"},
    "col_where": {"en": "Paragraph", "zh": "段落"},
    "col_linked": {"en": "Linked passage in the other language", "zh": "另一语言中对应的段落"},
    "rating_up": {"en": "helpful", "zh": "有帮助"},
    "rating_down": {"en": "not helpful", "zh": "没有帮助"},
    "rating_none": {"en": "comment", "zh": "意见"},
}

EXAMPLES = {
    "en": ["When was ANSO established?", "Who presided over the ceremony?", "Where did the representatives come from?"],
    "zh": ["联盟是哪一天成立的？", "揭牌仪式是星期几举行的？", "谁为联盟成立发来贺信？"],
}


def t(ui_lang: str, key: str, /, **values) -> str:
    return UI[key]["zh" if ui_lang == "zh" else "en"].format(**values)


def browser_language(accept_language: str | None) -> str:
    """'zh' when the browser prefers Chinese, else 'en'."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return "en"


# Messages of the HTTP API (/api/ask, /v1/*) and of the page while it starts; same keys and placeholders.
API: dict[str, dict[str, str]] = {
    "key_missing": {"en": "This server needs an API key: send the header 'Authorization: Bearer <key>'.",
                    "zh": "此服务需要 API 密钥：请发送请求头 'Authorization: Bearer <密钥>'。"},
    "key_wrong": {"en": "This API key is not valid; ask the administrator for a key.",
                  "zh": "API 密钥无效；请向管理员索取密钥。"},
    "invalid": {"en": "Invalid request: {where}: {problem}.", "zh": "请求无效：{where}：{problem}。"},
    "no_question": {"en": "The last message must be the user's question (role 'user', non-empty text).",
                    "zh": "最后一条消息必须是用户的问题（role 为 'user'，内容不能为空）。"},
    "unknown_model": {"en": "Unknown model '{model}'; GET /v1/models lists the models of this server.",
                      "zh": "未知模型 '{model}'；GET /v1/models 列出本服务的模型。"},
    "one_choice": {"en": "Only one answer per request is produced (n must be 1).", "zh": "每个请求只生成一个回答（n 必须为 1）。"},
    "page_starting": {"en": "ANSO Assistant is starting; this page reloads in a moment.",
                      "zh": "ANSO 助手正在启动，本页稍后自动刷新。"},
    "page_failed": {"en": "The chat page could not start; the HTTP API works. See the server log.",
                    "zh": "聊天页面无法启动；HTTP API 仍可使用。请查看服务器日志。"},
}


def api_message(lang: str, key: str, /, **values) -> str:
    return API[key]["zh" if lang == "zh" else "en"].format(**values)
