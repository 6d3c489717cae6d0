package org.mailslot.bridge.artemis;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.mailslot.bridge.config.TlsAcceptor;

/**
 * The embedded broker's TLS acceptor as an Artemis transport configuration. Built as parameters rather than as an
 * acceptor URL, so that a keystore password with URL characters in it needs no escaping.
 */
final class TlsAcceptors {

    private TlsAcceptors() {
    }

    static TransportConfiguration configuration(InetAddress host, TlsAcceptor tls) {
        Map<String, Object> params = new HashMap<>();
        params.put(TransportConstants.HOST_PROP_NAME, host.getHostAddress());
        params.put(TransportConstants.PORT_PROP_NAME, tls.port());
        params.put(TransportConstants.SSL_ENABLED_PROP_NAME, true);
        params.put(TransportConstants.KEYSTORE_PATH_PROP_NAME, tls.keyStore().toString());
        params.put(TransportConstants.KEYSTORE_PASSWORD_PROP_NAME, tls.keyStorePassword());
        params.put(TransportConstants.KEYSTORE_TYPE_PROP_NAME, "PKCS12");
        return new TransportConfiguration(NettyAcceptorFactory.class.getName(), params, "tls");
    }
}
