/** End-to-end checks of the wire codec against independent implementations (tshark). */
package org.mailslot.itests.wire;
