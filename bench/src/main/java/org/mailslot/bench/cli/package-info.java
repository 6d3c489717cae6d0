/** Start-up of the operator commands ({@code bin/mailslot}), as a user times them from a shell. */
package org.mailslot.bench.cli;
