"""A local SMTP server of ours for the benchmarks and the fault drills: takes every e-mail and
counts it, so a run can check that what the outbox says it sent really arrived (and only
once)."""

import socketserver
import threading


class SMTPSink(socketserver.StreamRequestHandler):
    """Just enough SMTP to take e-mails and count them: the worker sends over a real socket."""

    received = 0
    outbox_ids: list[str] = []  # the X-Outbox-Message header of each e-mail that had one

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        self.reply("220 bench")
        while line := self.rfile.readline():
            command = line.decode(errors="replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self.reply("250 bench")
            elif command == "DATA":
                self.reply("354 go on")
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    if data.lower().startswith(b"x-outbox-message:"):
                        SMTPSink.outbox_ids.append(data.split(b":", 1)[1].strip().decode())
                SMTPSink.received += 1
                self.reply("250 kept")
            elif command == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


def start_smtp_sink() -> int:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), SMTPSink)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]
