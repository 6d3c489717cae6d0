"""AMQP 1.0 receiver (python3-qpid-proton): prints READY once attached, then each message as
PROP name=value lines, BODY <hex> and END; exits after COUNT messages.
Usage: amqp_receive.py URL USER PASSWORD ADDRESS queue|topic COUNT"""
import sys
from proton import symbol
from proton.handlers import MessagingHandler
from proton.reactor import Container, ReceiverOption


class Capability(ReceiverOption):
    """Artemis reads the source capability: 'queue' attaches to the anycast queue, 'topic' subscribes."""

    def __init__(self, name):
        self.name = name

    def apply(self, receiver):
        receiver.source.capabilities.put_object(symbol(self.name))


class Receive(MessagingHandler):
    def __init__(self, url, user, password, address, kind, count):
        super().__init__()
        self.url, self.user, self.password = url, user, password
        self.address, self.kind, self.left = address, kind, count

    def on_start(self, event):
        conn = event.container.connect(self.url, user=self.user, password=self.password,
                                       allowed_mechs="PLAIN", allow_insecure_mechs=True)
        event.container.create_receiver(conn, self.address, options=Capability(self.kind))

    def on_link_opened(self, event):
        if event.receiver:
            print("READY", flush=True)

    def on_message(self, event):
        message = event.message
        for name, value in (message.properties or {}).items():
            print("PROP %s=%s" % (name, value))
        body = message.body
        if isinstance(body, str):
            body = body.encode("utf-8")
        print("BODY " + bytes(body).hex())
        print("END", flush=True)
        self.left -= 1
        if self.left == 0:
            event.receiver.close()
            event.connection.close()


url, user, password, address, kind, count = sys.argv[1:7]
Container(Receive(url, user, password, address, kind, int(count))).run()
