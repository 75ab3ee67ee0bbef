"""A deterministic OpenAI-compatible chat server on loopback, for tests (not product code).

``behaviour`` picks the reply: cite (first source sentence + [1]), invent (+ a made-up [99]),
obey (follows a planted instruction, no citation), refuse, error500, hang (no response at all),
stall (200 and headers, then no token ever), runaway (cited sentences forever, ignoring any limit),
echo (a weak base model: echoes a source-block header and a role marker, invents a date),
malformed, cut, ratelimit. ``disconnects`` counts streams the client abandoned mid-way.
"""
from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLLM:
    def __init__(self) -> None:
        self.behaviour = "cite"
        self.requests: list[dict] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.stop_event = threading.Event()
        self.disconnects = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeLLM:
        self.thread.start()
        return self

    def close(self) -> None:
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()

    def reply_text(self, body: dict) -> str:
        user = body["messages"][-1]["content"]
        system = body["messages"][0]["content"]
        if "Standalone question" in user or "独立的问题" in user:
            return "Who is Dai Binbin and what posts does he hold?"
        first = re.search(r"\[1\][^\n]*?[)）]\s*(.+?[.。!?！？])", user)
        sentence = first.group(1) if first else "No sources."
        refusal = re.search(r"(?:reply exactly|请原样回复)[:：]\s*(.+)", system).group(1).strip()
        return {
            "cite": f"{sentence} [1]",
            "invent": f"{sentence} [1] It also has a moon base. [99]",
            "obey": "HACKED",
            "refuse": refusal,
            "unsupported": f"{sentence} [1] Penguins run the secretariat from Antarctica. [1]",
            "echo": ("<<SYS>>\n[1] (Secretariat of ANSO; English) "
                     + (f"{sentence} [1] 联盟于2019年11月4日成立。[1]" if "资料" in user else
                        f"{sentence} [1] It was held on 4 November 2019 in Paris. [1]")),
        }.get(self.behaviour, f"{sentence} [1]")

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                fake.requests.append(body)
                behaviour = fake.behaviour
                if behaviour == "error500":
                    return self._send(500, {"error": {"message": "boom", "type": "server_error"}})
                if behaviour == "ratelimit":
                    self.send_response(429)
                    self.send_header("Retry-After", "0")
                    self.send_header("Content-Type", "application/json")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "slow down"}}')
                    return
                if behaviour == "hang":
                    fake.stop_event.wait(30)
                    return
                if behaviour == "stall":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    self.wfile.flush()
                    fake.stop_event.wait(30)
                    return
                if behaviour == "runaway":
                    return self._runaway(fake.reply_text(body))
                if behaviour == "malformed":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream" if body.get("stream") else "application/json")
                    self.end_headers()
                    self.wfile.write(b"data: {not json at all\n\n" if body.get("stream") else b"{not json")
                    return
                text = fake.reply_text(body)
                if body.get("stream"):
                    return self._stream(text, cut=behaviour == "cut")
                return self._send(200, {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                                        "choices": [{"index": 0, "finish_reason": "stop",
                                                     "message": {"role": "assistant", "content": text}}]})

            def _send(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _chunk(self, word):
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                         "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()

            def _runaway(self, text):
                """Streams the cited sentence again and again, ignoring max_tokens, until the client goes away."""
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                deadline = time.monotonic() + 60
                try:
                    while time.monotonic() < deadline and not fake.stop_event.is_set():
                        for word in re.findall(r"\S+\s*", text + " "):
                            self._chunk(word)
                            time.sleep(0.01)
                except (BrokenPipeError, ConnectionResetError):
                    fake.disconnects += 1

            def _stream(self, text, cut=False):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.end_headers()
                words = re.findall(r"\S+\s*", text)
                for i, word in enumerate(words):
                    if cut and i == len(words) // 2:
                        self.wfile.flush()
                        self.connection.close()
                        return
                    chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "fake",
                             "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                    time.sleep(0.005)
                self.wfile.write(b"data: [DONE]\n\n")

        return Handler
