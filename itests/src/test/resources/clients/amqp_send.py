"""AMQP 1.0 sender (python3-qpid-proton): sends TEXT to ADDRESS with the application property
MailslotTarget=TARGET, prints SENT once the broker accepted it.
Usage: amqp_send.py URL USER PASSWORD ADDRESS TARGET TEXT"""
import sys
from proton import Message
from proton.handlers import MessagingHandler
from proton.reactor import Container


class Send(MessagingHandler):
    def __init__(self, url, user, password, address, target, text):
        super().__init__()
        self.url, self.user, self.password = url, user, password
        self.address, self.target, self.text = address, target, text
        self.sent = False

    def on_start(self, event):
        conn = event.container.connect(self.url, user=self.user, password=self.password,
                                       allowed_mechs="PLAIN", allow_insecure_mechs=True)
        event.container.create_sender(conn, self.address)

    def on_sendable(self, event):
        if not self.sent:
            event.sender.send(Message(body=self.text, properties={"MailslotTarget": self.target}))
            self.sent = True

    def on_accepted(self, event):
        print("SENT", flush=True)
        event.connection.close()

    def on_rejected(self, event):
        print("REJECTED %s" % event.delivery.remote.condition, flush=True)
        event.connection.close()


Container(Send(*sys.argv[1:7])).run()
