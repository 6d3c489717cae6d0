"""STOMP 1.2 client (python3-stomp).
  stomp_client.py subscribe HOST PORT USER PASSWORD DESTINATION ANYCAST|MULTICAST COUNT
      (the routing type goes in Artemis's subscription-type header: a queue, or a topic subscription)
      prints READY once subscribed, then each message as PROP name=value lines, BODY <hex>, END
  stomp_client.py send HOST PORT USER PASSWORD DESTINATION TARGET TEXT
      sends TEXT with the header MailslotTarget=TARGET and a receipt; prints SENT when the broker confirms"""
import sys
import threading
import stomp

mode, host, port, user, password, destination = sys.argv[1:7]
# Bodies stay bytes: a datagram is not necessarily text.
connection = stomp.Connection12([(host, int(port))], auto_content_length=True, auto_decode=False)
connection.connect(user, password, wait=True)

if mode == "send":
    target, text = sys.argv[7:9]
    connection.send(destination, text, headers={"MailslotTarget": target}, receipt="sent")
    connection.disconnect(receipt="bye")
    print("SENT", flush=True)
    sys.exit(0)

routing, count = sys.argv[7], int(sys.argv[8])
done = threading.Event()
subscribed = threading.Event()


class Printer(stomp.ConnectionListener):
    def __init__(self):
        self.left = count

    def on_receipt(self, frame):
        if frame.headers.get("receipt-id") == "subscribed":
            subscribed.set()

    def on_message(self, frame):
        for name, value in frame.headers.items():
            print("PROP %s=%s" % (name, value))
        body = frame.body if isinstance(frame.body, bytes) else frame.body.encode("utf-8")
        print("BODY " + body.hex())
        print("END", flush=True)
        self.left -= 1
        if self.left == 0:
            done.set()


connection.set_listener("printer", Printer())
connection.subscribe(destination, id="1", ack="auto", headers={"subscription-type": routing, "receipt": "subscribed"})
if not subscribed.wait(30):
    sys.exit("no receipt for the subscription")
print("READY", flush=True)
done.wait()
connection.disconnect()
