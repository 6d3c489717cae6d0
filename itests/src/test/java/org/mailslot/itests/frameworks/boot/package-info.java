/** A Spring Boot application that finds the starter by itself, as a real application does. */
package org.mailslot.itests.frameworks.boot;
