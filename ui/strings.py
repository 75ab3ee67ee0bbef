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
    "no_sources": {"en": "Sources of the latest answer appear here.", "zh": "最新回答的出处显示在这里。"},
    "nearest": {"en": "Nearest passages (they do not answer the question)", "zh": "最接近的段落（并未回答这个问题）"},
    "paragraph": {"en": "paragraph {n}", "zh": "第 {n} 段"},
    "show_parallel": {"en": "Show the {lang} version", "zh": "显示{lang}版本"},
    "lang_en": {"en": "English", "zh": "英文"},
    "lang_zh": {"en": "Chinese", "zh": "中文"},
    "copy": {"en": "Answer with references (copy)", "zh": "带出处的回答（可复制）"},
    "timings": {"en": "Timings (ms)", "zh": "耗时（毫秒）"},
    "feedback": {"en": "Comment on the latest answer (optional)", "zh": "对最新回答的意见（可选）"},
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
    "upload": {"en": "Upload documents (txt, md, html, pdf, docx)", "zh": "上传文档（txt、md、html、pdf、docx）"},
    "ingest": {"en": "Ingest uploaded files", "zh": "导入上传的文件"},
    "stats": {"en": "Index statistics", "zh": "索引统计"},
    "rebuild": {"en": "Rebuild index", "zh": "重建索引"},
    "feedback_table": {"en": "Feedback", "zh": "用户反馈"},
    "unanswered": {"en": "Unanswered questions", "zh": "未能回答的问题"},
    "refresh": {"en": "Refresh", "zh": "刷新"},
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
