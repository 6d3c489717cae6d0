/**
 * The Spring application of the README's "Use it from Spring" section, as it is printed there; {@code
 * ReadmeExamplesIT} runs it and checks that the README still shows this code. May depend on the provider and Spring.
 */
package org.mailslot.itests.frameworks.readme;
