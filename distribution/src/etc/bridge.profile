# JVM options for bin/mailslot-bridge (sourced by it; a shell file, as Artemis's etc/artemis.profile).
JAVA_ARGS="-Xms64m -Xmx512m -XX:+HeapDumpOnOutOfMemoryError"

# Remote JMX: the bridge's MBean org.mailslot.bridge:type=Bridge (Received, Forwarded, Dropped, DroppedByReason,
# Sent, SendFailures, EgressRejected, BrokerConnectionState, Summary) and the embedded broker's
# org.apache.activemq.artemis MBeans, for jconsole, VisualVM or a JMX exporter. Off by default. To switch it on,
# on loopback only, with a password: create etc/jmx.password ("monitor SECRET", chmod 600, owned by the service
# user) and etc/jmx.access ("monitor readonly"), then uncomment these lines. Reach it from elsewhere through an
# SSH tunnel to 127.0.0.1:1099 rather than binding another address.
#JAVA_ARGS="$JAVA_ARGS -Dcom.sun.management.jmxremote.host=127.0.0.1 -Djava.rmi.server.hostname=127.0.0.1"
#JAVA_ARGS="$JAVA_ARGS -Dcom.sun.management.jmxremote.port=1099 -Dcom.sun.management.jmxremote.rmi.port=1099"
#JAVA_ARGS="$JAVA_ARGS -Dcom.sun.management.jmxremote.ssl=false -Dcom.sun.management.jmxremote.authenticate=true"
#JAVA_ARGS="$JAVA_ARGS -Dcom.sun.management.jmxremote.password.file=$etc/jmx.password"
#JAVA_ARGS="$JAVA_ARGS -Dcom.sun.management.jmxremote.access.file=$etc/jmx.access"
