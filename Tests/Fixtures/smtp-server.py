#!/usr/bin/env python3
"""An SMTP server for berth's tests, built on aiosmtpd (scripts/bootstrap installs it in /opt/berth-smtp).

Binds 127.0.0.1 on a free port and prints the port on the first line of stdout. With --cert and --key it offers
STARTTLS and refuses MAIL before it (as a submission server should); with --user it requires AUTH (PLAIN or LOGIN,
only over TLS) with the password in BERTH_TEST_SMTP_PASSWORD. Every mail accepted is appended as one JSON line to
--log: mail_from, rcpt_tos, whether the session was on TLS, the login, and the message as text.
"""
import argparse
import asyncio
import json
import os
import ssl
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--cert")
parser.add_argument("--key")
parser.add_argument("--user")
args = parser.parse_args()
password = os.environ.get("BERTH_TEST_SMTP_PASSWORD", "")


class Handler:
    async def handle_DATA(self, server, session, envelope):
        with open(args.log, "a") as log:
            log.write(json.dumps({
                "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "tls": session.ssl is not None,
                "login": (session.auth_data.login.decode() if isinstance(session.auth_data, LoginPassword) else None),
                "content": envelope.content.decode("utf-8", "replace"),
            }) + "\n")
        return "250 Message accepted for delivery"


def authenticate(server, session, envelope, mechanism, auth_data):
    good = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user \
        and auth_data.password.decode() == password
    return AuthResult(success=good, auth_data=auth_data)


def make_server():
    options = {"hostname": "berth-test-smtp"}
    if args.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        options.update(tls_context=context, require_starttls=True)
    if args.user:
        options.update(authenticator=authenticate, auth_required=True, auth_require_tls=bool(args.cert))
    else:
        options.update(auth_require_tls=False)
    return SMTP(Handler(), **options)


async def main():
    server = await asyncio.get_running_loop().create_server(make_server, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
