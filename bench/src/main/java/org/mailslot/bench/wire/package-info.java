/** JMH benchmarks of the wire codec (org.mailslot.wire). Depends on the provider and JMH only. */
package org.mailslot.bench.wire;
